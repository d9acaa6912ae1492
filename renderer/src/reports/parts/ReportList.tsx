import { useState } from 'react';
import { Link } from 'wouter';
import { quarterLabel, quarterOf } from '@contract/rules/quarters';
import { REPORTS, reportPath, type ReportKey } from '@contract/reports';

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
                <Link href={reportPath(key, homeId, quarter)}>
                  {REPORTS[key].title}
                  <span className="visually-hidden"> for {quarterLabel(quarter)}</span>
                </Link>
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
