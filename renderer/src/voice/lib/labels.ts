import type { FeedbackGroup, QuestionSet, TriangulationRow } from '@contract/voice';
import { nearestGrade } from '@contract/voice-scales';

export const SET_NAMES: Record<QuestionSet, string> = {
  young: 'Young people',
  easy: 'Easy read (younger children, or any child who finds reading hard)',
  parents: 'Parents and family',
  placing: 'Placing authorities',
  staff: 'Staff',
};

export const GROUP_NAMES: Record<FeedbackGroup, string> = {
  parents: 'Parent or family member',
  placing: 'Placing authority (social worker or IRO)',
  staff: 'Staff member',
  reg44: 'Reg 44 independent visitor',
  other: 'Someone else',
};

export const HOW_NAMES = {
  survey: 'Survey or questionnaire',
  meeting: 'Meeting or visit',
  email: 'Email',
  call: 'Phone call',
  letter: 'Letter or card',
  other: 'Another way',
} as const;

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
