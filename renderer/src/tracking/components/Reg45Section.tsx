import { useHome } from '@shared/currentHomeContext';
import { formatIsoDate } from '@contract/rules/dates';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { nextReg45Due } from '../lib/reg45Dates';
import { Reg45Form } from './Reg45Form';

/** For the Reports screen: the Reg 45 reviews recorded, when the next is due, and a form to add one. */
export function Reg45Section() {
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  const dates = [...(dashboard.data?.reg45Dates ?? [])].sort().reverse();
  const due = nextReg45Due(dates);
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
        <>
          <p className="reg45-section__due">
            {due ? (
              <>
                Next review due by <strong>{formatIsoDate(due)}</strong>, six months after the latest.
              </>
            ) : (
              'No Reg 45 reviews recorded yet. Record the date of your last one so Hallmarks can remind you when the next is due.'
            )}
          </p>
          {dates.length > 0 && (
            <>
              <h3 className="heading-m">Dates recorded</h3>
              <ul className="reg45-section__dates">
                {dates.map((date) => (
                  <li key={date}>{formatIsoDate(date)}</li>
                ))}
              </ul>
            </>
          )}
          <Reg45Form homeId={home.id} />
        </>
      )}
    </section>
  );
}
