import type { TrackedJudgement } from '@contract/dashboard';
import { shortQuarter } from '../lib/quarterText';
import { gradeWords } from '../lib/grades';
import { describeStability, describeStreaks, STABILITY_WORDS } from '../lib/trendWords';
import { GradeBadge } from './GradeBadge';
import { MovementText } from './MovementText';

/** A judgement's latest grade, its movement since the review before, its runs and its stability. */
export function JudgementFacts({
  track,
  previousQuarter,
}: {
  track: TrackedJudgement;
  previousQuarter: string | null;
}) {
  const stability = describeStability(track.stability);
  const streaks = describeStreaks(track.streaks, track.latest !== null);
  return (
    <div className="judgement-facts">
      <p className="judgement-facts__grade">
        <GradeBadge grade={track.latest} />
      </p>
      <p className="judgement-facts__movement">
        {track.movement && previousQuarter ? (
          <>
            <MovementText movement={track.movement} /> since {shortQuarter(previousQuarter)}, when it was{' '}
            {gradeWords(track.previous)}.
          </>
        ) : (
          'No earlier judgement to compare with.'
        )}
      </p>
      <ul className="judgement-facts__list">
        {streaks.map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li>
          <strong className={`stability stability--${stability.level}`}>
            {STABILITY_WORDS[stability.level]}:
          </strong>{' '}
          {stability.text}
        </li>
      </ul>
    </div>
  );
}
