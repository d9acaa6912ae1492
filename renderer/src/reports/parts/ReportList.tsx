import { useState } from 'react';
import { Link } from 'wouter';
import { quarterLabel, quarterOf } from '@contract/rules/quarters';
import { REPORTS, reportPath, type ReportKey } from '@contract/reports';
import { draftPeriodPrintPath, draftPeriodWords } from '../lib/reg45DraftPeriod';
import { useOfferedDraftPeriod } from '../lib/useReg45Draft';

const NEEDS_REVIEW: ReportKey[] = ['quarterly-review', 'staff-room', 'inspection-pack', 'reg45-draft'];

/** The reports that exist, for a chosen quarter with a completed review; each opens its print view. */
export function ReportList({ homeId, quarters }: { homeId: number; quarters: string[] }) {
  const [chosen, setQuarter] = useState(quarters[0] ?? '');
  // With no completed review yet, only the rating sheets (for this quarter's meeting) and the action plan exist.
  const quarter = chosen || quarterOf(new Date());
  return (
    <section className="section" aria-labelledby="print-title">
      <h2 className="heading-l" id="print-title">
        Print or save a report
      </h2>
      {quarters.length > 0 && (
        <div className="form-group">
          <label className="label" htmlFor="report-quarter">
            Quarter
          </label>
          <select
            id="report-quarter"
            className="select"
            value={quarter}
            onChange={(e) => setQuarter(e.target.value)}
          >
            {quarters.map((q) => (
              <option key={q} value={q}>
                {quarterLabel(q)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ul className="report-list">
        {(Object.keys(REPORTS) as ReportKey[])
          .filter((key) => quarters.length > 0 || !NEEDS_REVIEW.includes(key))
          .map((key) => (
            <li key={key} className="report-list__item">
              <h3 className="heading-s">
                {key === 'reg45-draft' ? (
                  <Reg45DraftLink homeId={homeId} quarter={quarter} />
                ) : (
                  <Link href={reportPath(key, homeId, quarter)}>
                    {REPORTS[key].title}
                    <span className="visually-hidden"> for {quarterLabel(quarter)}</span>
                  </Link>
                )}
              </h3>
              <p>{REPORTS[key].summary}</p>
              {key === 'reg45-draft' && (
                <p>
                  <Link href={`/reports/reg45/${quarter}`}>
                    Write your analysis and sign off
                    <span className="visually-hidden"> the Reg 45 review ending {quarterLabel(quarter)}</span>
                  </Link>
                  : your own words, saved with the draft and printed in it.
                </p>
              )}
            </li>
          ))}
      </ul>
      <p className="secondary-text">
        {window.hallmarks?.savePdf
          ? 'Each report opens as it will print, with Print and Save as PDF buttons.'
          : 'Each report opens as it will print, with a Print button. In the print window you can also choose "Save as PDF".'}
      </p>
    </section>
  );
}

/**
 * The Reg 45 draft prints for the period the analysis screen offers, which follows the home's recorded
 * Reg 45 cycle (February to July, say), so the printed draft holds the words written for it. Until the
 * recorded periods have been read, it is the two quarters ending at the chosen quarter.
 */
function Reg45DraftLink({ homeId, quarter }: { homeId: number; quarter: string }) {
  const { period } = useOfferedDraftPeriod(homeId, quarter);
  return (
    <Link href={period ? draftPeriodPrintPath(homeId, period) : reportPath('reg45-draft', homeId, quarter)}>
      {REPORTS['reg45-draft'].title}
      <span className="visually-hidden">
        {' '}
        for {period && !period.twoQuarters ? draftPeriodWords(period) : quarterLabel(quarter)}
      </span>
    </Link>
  );
}
