import type { Rating } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import { gradeWords } from '../lib/grades';
import type { Side } from '../lib/compareReviews';

/** One review's rating and note, under the quarter it belongs to. */
export function CompareSide({
  quarter,
  side,
  noteLabel,
}: {
  quarter: string;
  side: Side<Rating | null> | null;
  noteLabel: string;
}) {
  return (
    <div className="compare-side">
      <p className="compare-side__quarter">{quarterLabel(quarter)}</p>
      {side ? (
        <>
          <p className="compare-side__rating">{gradeWords(side.rating, 'Not rated')}</p>
          <p className="compare-side__note long-text">
            <span className="visually-hidden">{noteLabel}: </span>
            {side.note.trim() || 'No note written.'}
          </p>
        </>
      ) : (
        <p className="compare-side__rating">Not in this review</p>
      )}
    </div>
  );
}
