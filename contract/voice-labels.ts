import type { FeedbackGroup, QuestionSet } from './voice';

/** Who a question set is for, as the screens and spreadsheets name it. */
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
  reg44: 'Reg 44 independent person',
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
