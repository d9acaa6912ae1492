import { quarterLabel } from '@contract/rules/quarters';
import type { PeriodQuarter } from '@contract/rules/reg45-period-quarters';

/**
 * Beside the judgements of a period that is not whole quarters: which quarters are in it only in part.
 * The quarterly review judges the whole quarter, so the report says so rather than let a judgement made
 * for January to March pass as one for February and March alone.
 */
export function PartialQuarters({ quarters }: { quarters: PeriodQuarter[] }) {
  const partial = quarters.filter((q) => q.partial !== null);
  if (partial.length === 0) return null;
  return (
    <div className="report-note">
      <p>The quarterly reviews judge whole quarters. Of the quarters above:</p>
      <ul>
        {partial.map((q) => (
          <li key={q.quarter}>
            {quarterLabel(q.quarter)}: {q.partial}; its judgements are for the whole quarter.
          </li>
        ))}
      </ul>
    </div>
  );
}
