import type { ActionItem } from '@contract/actions';
import { STATUS_LABELS } from '@contract/actions';
import type { Reg44Overview, Reg44Visit } from '@contract/records';
import { formatIsoDate, formatIsoMonth } from '@contract/rules/dates';
import { within } from '../lib/actionGroups';
import { useToday } from '@improvement/api';
import { overdueWords } from '@contract/rules/overdue-items';

interface Props {
  overview: Reg44Overview;
  actions: ActionItem[];
  /** The period the report covers, as ISO dates. */
  start: string;
  end: string;
}

function responseWords(rec: Reg44Visit['recommendations'][number], actions: ActionItem[]): string {
  const action = actions.find((a) => a.id === rec.actionId);
  const answered = rec.respondedOn ? `Answered on ${formatIsoDate(rec.respondedOn)}` : 'Not answered yet';
  return action ? `${answered}. Action: ${STATUS_LABELS[action.status]}` : `${answered}.`;
}

/**
 * Which months of the period went without a visit, said only as far as Hallmarks checked: it checks from
 * the home's first month in Hallmarks (or first recorded visit), at most 12 months back, so an earlier
 * month with no visit recorded is said to be unchecked rather than passed over in silence.
 */
function missingWords({ missingMonths, checkedFrom }: Reg44Overview, start: string, end: string): string[] {
  const first = start.slice(0, 7);
  const missing = missingMonths.filter((m) => m >= first && m <= end.slice(0, 7));
  return [
    ...(missing.length > 0
      ? [`Months with no visit recorded: ${missing.map(formatIsoMonth).join(', ')}.`]
      : []),
    ...(checkedFrom > first
      ? [
          `Months before ${formatIsoMonth(checkedFrom)} are not checked for a missing visit: Hallmarks looks from the home’s first records, and no more than 12 months back.`,
        ]
      : []),
  ];
}

/** The independent person's visits, newest first, each with its recommendations and the home's response. */
export function Reg44Visits({ overview, actions, start, end }: Props) {
  const today = useToday().data;
  const late = (rec: Reg44Visit['recommendations'][number]) => {
    const words = !rec.respondedOn && rec.respondBy && today ? overdueWords(rec.respondBy, today) : null;
    return words ? <strong>{`${words.charAt(0).toUpperCase()}${words.slice(1)}. `}</strong> : null;
  };
  const visits = overview.visits
    .filter((v) => within(v.visitedOn, start, end))
    .sort((a, b) => b.visitedOn.localeCompare(a.visitedOn));
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
                      {late(rec)}
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
      {missingWords(overview, start, end).map((words) => (
        <p key={words}>{words}</p>
      ))}
    </>
  );
}
