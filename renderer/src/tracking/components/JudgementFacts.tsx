import type { TrackedJudgement } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { gradeWords, movementWords } from '../lib/grades';
import { describeStability, describeStreaks, STABILITY_WORDS } from '../lib/trendWords';
import { GradeBadge } from './GradeBadge';
import { MovementText } from './MovementText';

/**
 * A judgement's latest grade, its movement since the review before ("Same as Apr to Jun 2026 (Good)"),
 * its runs and its stability. After the first review there is nothing to compare yet, so only the grade
 * shows (the dashboard says once that trends appear from the second review).
 */
export function JudgementFacts({
  track,
  previousQuarter,
}: {
  track: TrackedJudgement;
  previousQuarter: string | null;
}) {
  const grade = (
    <p className="judgement-facts__grade">
      <GradeBadge grade={track.latest} />
    </p>
  );
  if (previousQuarter === null) return <div className="judgement-facts">{grade}</div>;
  const stability = describeStability(track.stability);
  const streaks = describeStreaks(track.streaks, track.latest !== null);
  const earlier = quarterLabel(previousQuarter);
  const then = gradeWords(track.previous);
  return (
    <div className="judgement-facts">
      {grade}
      <p className="judgement-facts__movement">
        {track.movement ? (
          <MovementText movement={track.movement}>
            {track.movement === 'sustained'
              ? `The same as in ${earlier}, when it was ${then}.`
              : `${movementWords(track.movement)} since ${earlier}, when it was ${then}.`}
          </MovementText>
        ) : (
          `No judgement in ${quarterLabel(previousQuarter)} to compare with.`
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
