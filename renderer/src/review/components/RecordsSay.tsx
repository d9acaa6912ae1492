import type { RecordFact } from '@contract/rules/records-say';

/**
 * Beside an indicator's rating: what the home's own records show about it, as facts for the manager to
 * weigh, each with a link to where the record is kept. Nothing when there are no records behind it.
 */
export function RecordsSay({ facts, id }: { facts: RecordFact[]; id: string }) {
  if (facts.length === 0) return null;
  return (
    <aside className="records-say" aria-labelledby={`${id}-title`}>
      <p className="heading-xs" id={`${id}-title`}>
        Your records say
      </p>
      <ul className="plain-list">
        {facts.map((fact) => (
          <li key={`${fact.link}:${fact.text}`} className="long-text">
            {fact.text} <a href={fact.link}>{fact.linkText}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
