import type { Grade } from '@contract/framework';
import { GRADE_ABBREVIATIONS, gradeClass, gradeWords } from '../lib/grades';

/**
 * A grade as a filled badge. Short form ("RI") for tight places, with the full words for screen readers;
 * the fill only repeats the text and differs in lightness as well as hue, so it reads in greyscale.
 */
export function GradeBadge({ grade, short = false }: { grade: Grade | null; short?: boolean }) {
  const words = gradeWords(grade, 'No judgement');
  return (
    <span className={`grade-badge grade-badge--${gradeClass(grade)}`}>
      {short ? (
        <>
          <span aria-hidden="true">{grade === null ? '–' : GRADE_ABBREVIATIONS[grade]}</span>
          <span className="visually-hidden">{words}</span>
        </>
      ) : (
        words
      )}
    </span>
  );
}
