import type { Triangulation } from '../voice';
import { quarterLabel } from './quarters';

const grades = (n: number) => `${n} grade${n === 1 ? '' : 's'}`;

/** What one side of the comparison lacks for the quarter, in the words the screen uses. */
export function missingSides(t: Triangulation): string[] {
  if (t.quarter === null) return [];
  const q = quarterLabel(t.quarter);
  const missing: string[] = [];
  if (!t.reviewed) missing.push(`no review for ${q} yet`);
  if (t.surveyAnswers === 0) missing.push(`no survey answers for ${q} yet`);
  return missing;
}

/**
 * The line above "Views side by side": what differs, or plainly why nothing can be compared. "No
 * hallmark differs" only when at least one hallmark had two views to compare.
 */
export function triangulationSummary(t: Triangulation): string {
  if (t.quarter === null) return 'No review and no survey answers yet, so there is nothing to compare.';
  const q = quarterLabel(t.quarter);
  const missing = missingSides(t);
  const comparable = t.rows.some(
    (r) => [r.manager, r.team, r.youngPeople].filter((v) => v !== null).length >= 2,
  );
  if (!comparable) {
    const why =
      missing.length > 0 ? missing.join(', and ') : 'fewer than two views of any hallmark can be shown';
    return `Nothing to compare for ${q}: ${why}.`;
  }
  const flagged = t.rows.filter((r) => r.flagged).length;
  const found =
    flagged === 0
      ? `No hallmark differs by more than ${grades(t.margin)} in ${q}.`
      : `${flagged} ${flagged === 1 ? 'hallmark differs' : 'hallmarks differ'} by more than ${grades(t.margin)} in ${q}: look at what each sees that the others may not.`;
  if (missing.length === 0) return found;
  return `${found} Compared without ${missing.length === 1 ? 'one side' : 'two sides'}: ${missing.join(', and ')}.`;
}
