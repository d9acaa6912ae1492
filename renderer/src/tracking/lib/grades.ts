import type { Grade, Rating } from '@contract/framework';
import { ratingLabel } from '@contract/rules/rating-labels';
import { MOVEMENT_WORDS, type Movement } from '@contract/rules/trends';

/** Best first, as in every legend. */
export const GRADES: Grade[] = [4, 3, 2, 1];

/** The short forms used in tight places (heat map, provider view), always with a legend nearby. */
export const GRADE_ABBREVIATIONS: Record<Grade, string> = { 4: 'O', 3: 'G', 2: 'RI', 1: 'I' };

/** Shorter words for chart axes, where the full "Requires improvement to be good" will not fit. */
export const GRADE_SHORT_WORDS: Record<Grade, string> = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement',
  1: 'Inadequate',
};

const GRADE_CLASS: Record<Grade, string> = {
  4: 'outstanding',
  3: 'good',
  2: 'requires-improvement',
  1: 'inadequate',
};

/** CSS modifier for a grade's fill; the colour only repeats what the text says. */
export const gradeClass = (grade: Grade | null): string => (grade === null ? 'none' : GRADE_CLASS[grade]);

export function gradeWords(grade: Rating | null | undefined, none = 'No judgement'): string {
  return grade == null ? none : ratingLabel(grade);
}

/** Arrows repeat the word; they are hidden from screen readers, which read the word. */
export const MOVEMENT_GLYPHS: Record<Movement, string> = { improved: '↑', sustained: '→', declined: '↓' };

export const movementWords = (movement: Movement): string => MOVEMENT_WORDS[movement];
