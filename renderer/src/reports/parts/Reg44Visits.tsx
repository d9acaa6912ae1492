import type { ActionItem } from '@contract/actions';
import { STATUS_LABELS } from '@contract/actions';
import type { Reg44Visit } from '@contract/records';
import { formatIsoDate } from '@contract/dates';

interface Props {
  visits: Reg44Visit[];
  actions: ActionItem[];
  /** Months in the period with no visit, "2026-09". */
  missingMonths: string[];
  headingLevel?: 'h2' | 'h3';
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthWords = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

function responseWords(rec: Reg44Visit['recommendations'][number], actions: ActionItem[]): string {
  const action = actions.find((a) => a.id === rec.actionId);
  const answered = rec.respondedOn ? `Answered on ${formatIsoDate(rec.respondedOn)}` : 'Not answered yet';
  return action ? `${answered}. Action: ${STATUS_LABELS[action.status]}` : `${answered}.`;
}

/** The independent person's visits, newest first, each with its recommendations and the home's response. */
export function Reg44Visits({ visits, actions, missingMonths }: Props) {
  return (
    <>
      {visits.length === 0 ? (
        <p>No Regulation 44 visits are recorded in this period.</p>
      ) : (
        visits.map((visit) => (
          <div className="report-record" key={visit.id}>
            <h3 className="report-h3">
              Visit on {formatIsoDate(visit.visitedOn)} by{' '}
              <span className="report-text">{visit.visitor}</span>
            </h3>
            <p>
              {visit.reportReceivedOn
                ? `Report received on ${formatIsoDate(visit.reportReceivedOn)}.`
                : 'Report not received yet.'}{' '}
              {visit.recommendations.length === 0
                ? 'No recommendations.'
                : `${visit.recommendations.length} recommendation${visit.recommendations.length === 1 ? '' : 's'}:`}
            </p>
            {visit.recommendations.length > 0 && (
              <ol className="report-items">
                {visit.recommendations.map((rec) => (
                  <li key={rec.id}>
                    <span className="report-text">{rec.text}</span>
                    <span className="report-small">
                      {rec.respondBy ? `Respond by ${formatIsoDate(rec.respondBy)}. ` : ''}
                      {responseWords(rec, actions)}
                    </span>
                    {rec.response && (
                      <span className="report-text report-small">Response: {rec.response}</span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))
      )}
      {missingMonths.length > 0 && (
        <p>Months with no visit recorded: {missingMonths.map(monthWords).join(', ')}.</p>
      )}
    </>
  );
}
