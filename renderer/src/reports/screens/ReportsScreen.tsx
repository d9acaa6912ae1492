import { Link } from 'wouter';
import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { Reg45Section, useDashboard } from '@tracking';
import { CsvDownloads } from '../parts/csv/CsvDownloads';
import { ReportList } from '../parts/ReportList';

/** The printed reports that exist, the spreadsheets, and where the other records are kept. */
export function ReportsScreen() {
  usePageTitle('Reports');
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  const quarters = (dashboard.data?.history ?? []).map((p) => p.quarter).reverse();
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Reports</PageHeading>
      <p className="body-l">Print or save reports built from your completed reviews and quarterly figures.</p>
      {!dashboard.data ? (
        <LoadingOrError error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <>
          {quarters.length === 0 && (
            <EmptyState title="No completed review yet">
              <p>
                The quarterly review report, the staff-room page, the inspection pack and the Reg 45 review
                draft need at least one completed review. The rating sheets (for a team meeting) and the
                action plan can be printed now.
              </p>
            </EmptyState>
          )}
          <ReportList homeId={home.id} quarters={quarters} />
          <CsvDownloads homeId={home.id} homeName={home.name} />
        </>
      )}
      <section className="section" aria-labelledby="records-title">
        <h2 className="heading-l" id="records-title">
          Records kept on their own pages
        </h2>
        <ul>
          <li>
            <Link href="/actions">Actions</Link>: the home’s action plan with owners and due dates.
          </li>
        </ul>
      </section>
      <Reg45Section />
    </div>
  );
}
