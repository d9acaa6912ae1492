import { WORRY_FOR_MANAGER, type TalkPrompt } from '@contract/rules/voice-safety';

/**
 * Safety first: in a quarter whose results may be shown, that at least one young person does not always
 * feel safe (or has no adult here to trust), and what to do next. Never who: the app does not know.
 */
export function WorriesNotice({
  worries,
  quarter,
  label,
}: {
  worries: TalkPrompt[];
  /** The quarter's code ("2026-Q3") and its words. */
  quarter: string;
  label: string;
}) {
  if (worries.length === 0) return null;
  return (
    <div className="notice" role="group" aria-labelledby={`worries-${quarter}`}>
      <h4 className="notice__title" id={`worries-${quarter}`}>
        Act on this: {label}
      </h4>
      {worries.map((w) => (
        <div key={w}>
          <p>
            <strong>{WORRY_FOR_MANAGER[w].said}</strong>
          </p>
          <p>What to do next: {WORRY_FOR_MANAGER[w].next}</p>
        </div>
      ))}
    </div>
  );
}
