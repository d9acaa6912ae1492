import type { ActionItem } from '@contract/actions';
import type { Inspection, Reg44Visit } from '@contract/records';
import { formatIsoDate } from '@contract/rules/dates';
import { overdueItems } from '@contract/rules/overdue-items';

const KIND_WORDS = {
  reg44: 'Reg 44 recommendation, respond by',
  requirement: 'Ofsted requirement, comply by',
  action: 'Action, due',
} as const;

/**
 * What is past its date on the day the report is printed, longest overdue first, so the reader sees it
 * before anything else: unanswered Reg 44 recommendations, Ofsted requirements not met, actions not done.
 */
export function OverdueNow({
  today,
  visits,
  inspections,
  actions,
}: {
  today: string;
  visits: Reg44Visit[];
  inspections: Inspection[];
  actions: ActionItem[];
}) {
  const items = overdueItems({ today, visits, inspections, actions });
  return (
    <section className="report-section" aria-labelledby="overdue-now">
      <h2 className="report-h2" id="overdue-now">
        Overdue on {formatIsoDate(today)}
      </h2>
      {items.length === 0 ? (
        <p>
          Nothing is overdue: every Reg 44 recommendation, Ofsted requirement and action is within its date.
        </p>
      ) : (
        <ul className="report-items">
          {items.map((item, i) => (
            <li key={`${item.kind}-${i}`}>
              <span className="report-text">{item.text}</span>
              <span className="report-small">
                {KIND_WORDS[item.kind]} {formatIsoDate(item.due)}: <strong>{item.overdue}</strong>.
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
