import type { Framework } from '@contract/framework';
import type { Suggestion } from '@contract/rules/judgements';

/** "Suggested: Good — Ratings: 2 Outstanding, 4 Good. Most indicators are Good." */
export function SuggestionText({
  suggestion,
  labels,
}: {
  suggestion: Suggestion;
  labels: Framework['ratingLabels'];
}) {
  return (
    <p className="suggestion" aria-live="polite">
      <strong>
        {suggestion.grade === null ? 'No suggestion yet' : `Suggested: ${labels[suggestion.grade]}`}
      </strong>
      {' — '}
      {suggestion.reasons.join(' ')}
    </p>
  );
}
