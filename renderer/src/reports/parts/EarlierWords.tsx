import { Link } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import { reportPath } from '@contract/reports';
import type { Reg45Draft } from '@contract/reg45-draft';
import { useReg45Draft } from '../lib/useReg45Draft';
import { draftPeriodWords, twoQuarterPeriod, type Reg45DraftPeriod } from '../lib/reg45DraftPeriod';
import type { AnalysisValues } from './Reg45AnalysisFields';

/** Whether a draft holds any words: its analysis or a Quality Standard's comment. */
export const hasWords = (words: AnalysisValues): boolean =>
  words.analysis.trim() !== '' || Object.values(words.standards).some((text) => text.trim() !== '');

interface Props {
  homeId: number;
  period: Reg45DraftPeriod;
  /** Whether this draft has no words yet, so copying the earlier ones overwrites nothing. */
  empty: boolean;
  onCopy: (words: AnalysisValues) => void;
}

/**
 * A draft that follows the home's own Reg 45 cycle (February to July, say) is stored apart from the draft
 * for the two quarters ending at the same quarter, which is where words written before Hallmarks followed
 * the cycle are kept. They are never hidden: this says they exist, where they print, and copies them in.
 */
export function EarlierWords({ homeId, period, empty, onCopy }: Props) {
  const quarters = twoQuarterPeriod(period.quarter);
  const earlier = useReg45Draft(homeId, period.twoQuarters ? null : quarters);
  const words: Reg45Draft | undefined = earlier.data;
  if (!words || !hasWords(words)) return null;
  return (
    <div className="inset-text" role="note" aria-labelledby="reg45-earlier-title">
      <h3 className="heading-s" id="reg45-earlier-title">
        Words written for {draftPeriodWords(quarters)}
      </h3>
      <p>
        An analysis was written for the two quarters before this draft followed the home’s recorded Reg 45
        periods
        {words.signedBy && words.signedOn
          ? `, and signed off by ${words.signedBy} on ${formatIsoDate(words.signedOn)}`
          : ''}
        . It is kept, and prints in the{' '}
        <Link href={reportPath('reg45-draft', homeId, period.quarter)}>
          Reg 45 review draft for {draftPeriodWords(quarters)}
        </Link>
        .
      </p>
      {empty ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onCopy({ analysis: words.analysis, standards: words.standards })}
        >
          Copy those words into this draft
        </button>
      ) : (
        <p className="hint">This draft has words of its own, so they are not copied in.</p>
      )}
    </div>
  );
}
