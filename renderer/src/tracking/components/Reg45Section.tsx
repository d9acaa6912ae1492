import { Link } from 'wouter';
import { useHome } from '@shared/currentHomeContext';
import { formatIsoDate } from '@contract/rules/dates';
import { screenPaths } from '@shared/paths/screenPaths';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { nextReg45Due } from '../lib/reg45Dates';

/**
 * For the Reports screen: when the next Reg 45 review is due, and the way to the one place where Reg 45
 * reviews are recorded and changed (Inspections, Reg 45 reviews), so no review is kept in two forms.
 */
export function Reg45Section() {
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  const due = nextReg45Due(dashboard.data?.reg45Dates ?? []);
  return (
    <section className="section reg45-section" aria-labelledby="reg45-title">
      <h2 className="heading-l" id="reg45-title">
        Reg 45 reviews
      </h2>
      <p>
        Regulation 45 asks for a review of the quality of care at least every six months. Its report goes to
        Ofsted within 28 days of completing it.
      </p>
      {!dashboard.data ? (
        <LoadingOrError error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <p className="reg45-section__due">
          {due ? (
            <>
              Next review due by <strong>{formatIsoDate(due)}</strong>, six months after the latest.
            </>
          ) : (
            'No Reg 45 reviews recorded yet. Record your last one so Hallmarks can remind you when the next is due.'
          )}
        </p>
      )}
      <p>
        Each review’s period, completion date and when its report went to Ofsted and placing authorities are
        recorded and changed in one place:{' '}
        <Link href={screenPaths.reg45}>record or change a Reg 45 review</Link>.
      </p>
    </section>
  );
}
