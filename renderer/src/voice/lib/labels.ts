import type { TriangulationRow } from '@contract/voice';
import { nearestGrade } from '@contract/voice-scales';

// The group and survey names live in the contract, so the spreadsheets use the screens' words.
export { GROUP_NAMES, HOW_NAMES, SET_NAMES } from '@contract/voice-labels';

export const ANSWERED_HOW_NAMES = {
  alone: 'On their own',
  with_help: 'With help from an adult',
  read_aloud: 'Read aloud to them',
  pointing: 'By pointing at the pictures',
  talking_mat: 'With a Talking Mat',
  observed: 'Observed by an adult',
} as const;

const GRADE_WORDS = { 4: 'Outstanding', 3: 'Good', 2: 'Requires improvement', 1: 'Inadequate' } as const;

export const gradeWords = (grade: 1 | 2 | 3 | 4) => GRADE_WORDS[grade];

/** "3.3, about Good": the young people's answers on the manager's grade line, in words too. */
export const onGradeLineText = (value: number) =>
  `${value.toFixed(1)} (about ${GRADE_WORDS[nearestGrade(value)]})`;

const WHO = { manager: 'you', team: 'the staff team', youngPeople: 'the young people' } as const;

/** "you and the staff team": the two views furthest apart on a hallmark. */
export const betweenWords = ([a, b]: NonNullable<TriangulationRow['between']>) => `${WHO[a]} and ${WHO[b]}`;
