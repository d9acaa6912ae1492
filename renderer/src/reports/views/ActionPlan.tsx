import { quarterLabel } from '@contract/rules/quarters';
import { ActionsTable } from '../parts/ActionsTable';
import { PrintFrame } from '../parts/PrintFrame';
import { ReportCover } from '../parts/ReportCover';
import { actionPlanGroups } from '../lib/actionGroups';
import { furnitureFor } from '../lib/furniture';
import { useRecordsData } from '../lib/useRecordsData';
import { useReportData } from '../lib/useReportData';
import type { ReportProps } from './reportProps';

/**
 * The home's action plan on its own: overdue actions first, then open and in progress, done and dropped;
 * within each, by domain, soonest due first, with owner, due date, source and status history.
 */
export function ActionPlan({ homeId, quarter }: ReportProps) {
  const data = useReportData(homeId, quarter, { review: false, framework: true });
  const records = useRecordsData(homeId);
  const { home, framework } = data;
  const period = quarterLabel(quarter);
  const groups = records.actions ? actionPlanGroups(records.actions, framework) : [];
  return (
    <PrintFrame
      report="action-plan"
      furniture={furnitureFor(home, 'action-plan', period)}
      loading={data.loading || records.loading}
      error={data.error ?? records.error}
    >
      {home && records.actions && (
        <div className="report-numbered">
          <ReportCover
            home={home}
            title="Action plan"
            period={period}
            facts={[
              ['Actions', String(records.actions.length)],
              ...groups.map((g): [string, string] => [g.title, String(g.count)]),
            ]}
          >
            <p className="report-note">
              Every action recorded in Hallmarks as it stands on the day this was printed, whatever quarter it
              belongs to.
            </p>
          </ReportCover>
          {groups.length === 0 && <p>No actions are recorded yet.</p>}
          {groups.map((group) => (
            <section className="report-section" key={group.key} aria-labelledby={`plan-${group.key}`}>
              <h2 className="report-h2" id={`plan-${group.key}`}>
                {group.title}
              </h2>
              {group.domains.map((domain) => (
                <ActionsTable key={domain.key} actions={domain.actions} caption={domain.title} history />
              ))}
            </section>
          ))}
        </div>
      )}
    </PrintFrame>
  );
}
