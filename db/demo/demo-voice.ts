import type { Handlers as AllHandlers } from '../../contract/operations';
import { addMonths, todayIso } from '../../contract/rules/dates';

type Handlers = Omit<AllHandlers, `backups.${string}`>;

/** Start of the quarter `back` quarters before the one holding `today`. */
function quarterStart(today: string, back: number): string {
  const month = Number(today.slice(5, 7));
  const first = `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return addMonths(first, -3 * back);
}

/**
 * Each young person's answers, most positive = 0 on the four-point scale, in the order of the questions
 * (feeling safe, being listened to, having a say, a trusted adult, school, enjoyment, family, how staff
 * treat them, the manager). The second quarter back has four young people, the last full quarter three,
 * and this quarter only two, so its results stay hidden. Being listened to and having a say stay mostly
 * "Always", as the reviews' Outstanding for children's voice says; "the staff treat me well" falls in the
 * last full quarter, after the change in the team: the early sign the sample shows, still about Good.
 */
const QUARTERS: { back: number; children: number[][] }[] = [
  {
    back: 2,
    children: [
      [0, 0, 0, 0, 1, 0, 1, 0, 1],
      [1, 1, 0, 0, 1, 1, 0, 1, 1],
      [0, 0, 0, 1, 2, 0, 1, 0, 0],
      [1, 0, 1, 0, 1, 1, 1, 1, 2],
    ],
  },
  {
    back: 1,
    children: [
      [0, 0, 0, 0, 1, 0, 1, 1, 1],
      [1, 1, 0, 0, 0, 1, 0, 2, 1],
      [0, 0, 1, 1, 1, 0, 1, 1, 0],
    ],
  },
  {
    back: 0,
    children: [
      [0, 1, 1, 0, 1, 0, 0, 0, 1],
      [1, 1, 1, 1, 1, 1, 0, 1, 0],
    ],
  },
];

const COMMENTS = ['The cooking nights', 'More say on where we go in the holidays', 'My room', ''];

/** The sample home's surveys, others' views and "You said, we did", dated relative to `now`. */
export function addDemoVoice(handlers: Handlers, homeId: number, now: Date): void {
  const today = todayIso(now);
  const questions = handlers['voice.questions']({ homeId }).filter((q) => q.set === 'young');
  const scaled = questions.filter((q) => q.current.scale !== 'open');
  const open = questions.filter((q) => q.current.scale === 'open');
  for (const { back, children } of QUARTERS) {
    const start = quarterStart(today, back);
    children.forEach((choices, i) => {
      const takenOn =
        back === 0 ? today : addMonths(start, 1).replace(/-01$/, `-${String(10 + i).padStart(2, '0')}`);
      handlers['voice.savePaperSurvey']({
        homeId,
        set: 'young',
        takenOn,
        how: i % 2 === 0 ? 'alone' : 'with_help',
        answers: [
          ...scaled.map((q, n) => ({
            questionVersionId: q.current.id,
            choice: choices[n] ?? null,
            comment: '',
          })),
          ...open.map((q, n) => ({
            questionVersionId: q.current.id,
            choice: null,
            comment: n === 0 ? (COMMENTS[i] ?? '') : '',
          })),
        ],
      });
    });
  }
  const lastQuarter = quarterStart(today, 1);
  const feedback = [
    [
      'parents',
      'Mother of a young person',
      'call',
      'Pleased that weekend family time now happens every fortnight.',
      ['relationships'],
    ],
    [
      'placing',
      'Social worker',
      'email',
      'Updates after incidents arrive the same day. School links are strong.',
      ['education'],
    ],
    [
      'staff',
      'Residential support worker (night staff)',
      'survey',
      'Handover notes could reach night staff sooner.',
      ['staffing'],
    ],
    [
      'reg44',
      'Independent person',
      'meeting',
      'Young people said they want more say in holiday plans.',
      ['voice'],
    ],
  ] as const;
  feedback.forEach(([group, role, how, said, domains], i) => {
    handlers['voice.saveFeedback']({
      homeId,
      group,
      role,
      receivedOn: addMonths(lastQuarter, 1).replace(/-01$/, `-${String(3 + i * 5).padStart(2, '0')}`),
      how,
      said,
      domains: [...domains],
      indicators: group === 'placing' ? ['edu.schools'] : [],
      answers: [],
    });
  });
  handlers['voice.saveYouSaid']({
    homeId,
    suggestion: 'More say in where we go in the holidays.',
    suggestedOn: addMonths(lastQuarter, 1),
    weDid: 'We now plan holidays together at the house meeting, and you vote on the trips.',
    doneOn: addMonths(lastQuarter, 2),
  });
  handlers['voice.saveYouSaid']({
    homeId,
    suggestion: 'The Wi-Fi upstairs is too slow for homework.',
    suggestedOn: quarterStart(today, 2),
    weDid: 'We put in a second Wi-Fi box on the landing.',
    doneOn: addMonths(quarterStart(today, 2), 1),
  });
}
