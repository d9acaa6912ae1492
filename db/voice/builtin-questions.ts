import type { QuestionSet } from '../../contract/voice';
import type { Scale } from '../../contract/voice-scales';

export interface BuiltinQuestion {
  key: string;
  set: QuestionSet;
  wording: string;
  scale: Scale;
  /** The hallmark (framework domain key); null for an overall question. */
  domainKey: string | null;
}

const q = (key: string, set: QuestionSet, scale: Scale, domainKey: string | null, wording: string) => ({
  key,
  set,
  wording,
  scale,
  domainKey,
});

/**
 * The built-in question sets, the home's own from the first time it opens them. Written for the people
 * answering: the young people's set in short, warm words; the easy-read set one idea a line, to read aloud.
 */
export const BUILTIN_QUESTIONS: BuiltinQuestion[] = [
  q('Y1', 'young', 'f4', 'safety', 'I feel safe living here.'),
  q('Y2', 'young', 'f4', 'voice', 'The adults here listen to me.'),
  q('Y3', 'young', 'f4', 'voice', 'I get a say in things like trips, food and house rules.'),
  q('Y4', 'young', 'f4', 'relationships', 'There is an adult here I trust and can talk to.'),
  q('Y5', 'young', 'f4', 'education', 'I get the help I need with school, college or work.'),
  q('Y6', 'young', 'f4', 'aspirations', 'I get to do things I enjoy.'),
  q('Y7', 'young', 'f4', 'relationships', 'I see my family and friends when I am meant to.'),
  q('Y8', 'young', 'f4', 'staffing', 'The staff treat me well.'),
  q('Y9', 'young', 'f4', 'leadership', 'The manager knows me and has time for me.'),
  q('Y10', 'young', 'open', null, 'What is the best thing about living here?'),
  q('Y11', 'young', 'open', null, 'What one thing would make it better?'),
  q('E1', 'easy', 'faces3', 'safety', 'I feel safe here.'),
  q('E2', 'easy', 'faces3', 'voice', 'Grown-ups here listen to me.'),
  q('E3', 'easy', 'faces3', 'voice', 'I help choose things, like food and trips.'),
  q('E4', 'easy', 'faces3', 'relationships', 'There is a grown-up here I can talk to.'),
  q('E5', 'easy', 'faces3', 'education', 'I get help with school.'),
  q('E6', 'easy', 'faces3', 'aspirations', 'I do fun things here.'),
  q('E7', 'easy', 'faces3', 'relationships', 'I see my family and friends.'),
  q('E8', 'easy', 'faces3', 'staffing', 'The grown-ups here are kind to me.'),
  q('E9', 'easy', 'open', null, 'Tell us one thing you like, and one thing you would change.'),
  q('P1', 'parents', 'a5', 'safety', 'My child is safe at this home.'),
  q(
    'P2',
    'parents',
    'a5',
    'relationships',
    'The home helps my child keep in touch with the family, as their plan allows.',
  ),
  q('P3', 'parents', 'a5', 'voice', 'Staff ask for my views and take them into account.'),
  q('P4', 'parents', 'a5', 'staffing', 'My child is mostly looked after by staff who know them well.'),
  q('P5', 'parents', 'a5', 'education', "The home supports my child's education."),
  q('P6', 'parents', 'open', null, 'What could the home do better?'),
  q('S1', 'placing', 'a5', 'safety', 'The home identifies and manages risks to this child well.'),
  q('S2', 'placing', 'a5', 'leadership', 'The manager tells me promptly about significant events.'),
  q(
    'S3',
    'placing',
    'a5',
    'voice',
    "The child's wishes and feelings are clear in the home's records and at reviews.",
  ),
  q('S4', 'placing', 'a5', 'education', "The home works well with the child's school or college."),
  q('S5', 'placing', 'a5', 'relationships', 'The home supports family time as the care plan sets out.'),
  q('S6', 'placing', 'open', null, 'Anything else you would like the home to know?'),
  q(
    'T1',
    'staff',
    'a5',
    'leadership',
    'The manager is visible and approachable on every shift, evenings and weekends included.',
  ),
  q('T2', 'staff', 'a5', 'staffing', 'Shifts are usually covered by staff the children know.'),
  q('T3', 'staff', 'a5', 'voice', "Children's views lead to real changes here."),
  q('T4', 'staff', 'a5', 'workforce', 'I get regular supervision that helps me do my job.'),
  q(
    'T5',
    'staff',
    'a5',
    'safety',
    'I would feel confident raising a concern about anyone here, and it would be acted on.',
  ),
  q('T6', 'staff', 'open', null, 'One thing we should change.'),
];
