import { quarterLabelNumbered } from '@contract/rules/quarters';
import { useHome } from '../currentHomeContext';

/** "Jan to Mar 2026", with the quarter's number after it when the home has chosen a numbering. */
export function useQuarterText(): (quarter: string) => string {
  const { info } = useHome();
  return (quarter) => quarterLabelNumbered(quarter, info.quarterNumbering ?? 'none');
}
