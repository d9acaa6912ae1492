import { quarterOf } from '../../contract/rules/quarters';
import { screenPaths, type ScreenName } from '../../renderer/src/shared/paths/screenPaths';
import type { SituationFacts } from './build-situations';

export interface ScreenVisit {
  screen: ScreenName;
  /** The address after `#`, for example "/reviews/3/summary". */
  path: string;
  /** Which of several visits of one screen this is, for example "completed review". */
  variant: string;
}

type Fill = (facts: SituationFacts) => { value: string; variant: string }[];

/** How each route parameter is filled from a situation's data. A new parameter needs a line here. */
const PARAMETERS: Record<string, Fill> = {
  id: (facts) => [
    ...facts.completed.slice(-1).map((id) => ({ value: String(id), variant: 'completed review' })),
    ...(facts.draft === null ? [] : [{ value: String(facts.draft), variant: 'review in progress' }]),
  ],
  preset: () => [{ value: 'overdue', variant: 'overdue actions' }],
  domainKey: () => [{ value: 'leadership', variant: 'first domain' }],
  quarter: (facts) => [
    { value: facts.figureQuarters.at(-1) ?? quarterOf(new Date()), variant: 'latest figures' },
  ],
  homeId: (facts) => [{ value: String(facts.homeId), variant: 'current home' }],
  reportQuarter: (facts) => [
    { value: facts.completedQuarters.at(-1) ?? quarterOf(new Date()), variant: 'latest completed review' },
  ],
};

/** Every screen in the app's route list, with its parameters filled in every way the situation allows. */
export function screenVisits(facts: SituationFacts): ScreenVisit[] {
  return (Object.entries(screenPaths) as [ScreenName, string][]).flatMap(([screen, pattern]) => {
    let visits = [{ path: pattern, variant: '' }];
    for (const [, name] of pattern.matchAll(/:(\w+)/g)) {
      const fill = PARAMETERS[name!];
      if (!fill) throw new Error(`The reflow test cannot fill :${name} in ${pattern}: add it to PARAMETERS.`);
      visits = visits.flatMap((visit) =>
        fill(facts).map(({ value, variant }) => ({
          path: visit.path.replace(`:${name}`, value),
          variant: [visit.variant, variant].filter(Boolean).join(', '),
        })),
      );
    }
    return visits.map((visit) => ({ screen, ...visit }));
  });
}
