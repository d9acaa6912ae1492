/** Questions that help the manager find evidence; framework indicators have them, a home's own do not. */
export function EvidencePrompts({ prompts }: { prompts: string[] }) {
  if (prompts.length === 0) return null;
  return (
    <div className="prompts">
      <p className="prompts__title">Questions to help you find the evidence</p>
      <ul className="prompts__list">
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </div>
  );
}
