import type { TeamRound } from '@contract/team-rating';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { inBackground } from '@shared/lib/background';
import { useEndRating } from '../api';

/**
 * While staff rate, only how many have rated shows: a spread that moved after each sheet would give each
 * rater away. Ending rating shows the spread and takes no more sheets.
 */
export function EndRatingPanel({ round }: { round: TeamRound }) {
  const end = useEndRating();
  const form = useFormProblems('end-rating');
  if (round.closed) {
    return <p>Rating has ended. The team’s ratings show in meeting mode.</p>;
  }
  async function endRating() {
    try {
      await end.mutateAsync(round.id);
      form.clear();
    } catch (failure) {
      form.failWith(failure);
    }
  }
  return (
    <>
      <p>
        The spread of the team’s ratings shows once rating has ended, so nobody can work out one person’s
        ratings from how it changes. After that, nobody can add a rating.
      </p>
      <FormProblem message={form.general} />
      {round.sheets > 0 && (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => inBackground(endRating())}
          >
            End rating and show the spread
          </button>
        </div>
      )}
    </>
  );
}
