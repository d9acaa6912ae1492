import { Link } from 'wouter';
import type { EarlyWarning } from '@contract/rules/early-warning';
import { SIGN_RULES } from '@contract/rules/early-warning-thresholds';
import { rollingPeriodLabel } from '@contract/rules/rolling-turnover';
import { useHome } from '@shared/currentHomeContext';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useEarlyWarning } from '../api/useEarlyWarning';
import { routeOf } from '../lib/alertLists';

/** Each sign: what moved and by how much, and a link to where the record is kept. */
function Signs({ warning }: { warning: EarlyWarning }) {
  return (
    <>
      <p>
        Changes that often come before a home’s quality slips, from your own records for{' '}
        {rollingPeriodLabel(warning.quarters.at(-1)!)}. Each is something to look into, not a forecast of any
        inspection judgement.
      </p>
      {warning.quartersWithFigures < warning.quarters.length && (
        <p className="secondary-text">
          Quarterly figures are entered for {warning.quartersWithFigures} of these {warning.quarters.length}{' '}
          quarters; the signs read from figures compare only the quarters that have them.{' '}
          <Link href="/figures">Quarterly figures</Link>
        </p>
      )}
      {warning.signs.length === 0 ? (
        <p className="early-warning__none">No signs in these four quarters.</p>
      ) : (
        <ul className="early-warning__list">
          {warning.signs.map((sign) => (
            <li key={sign.kind} className="early-warning__sign">
              <h3 className="heading-s">{sign.title}</h3>
              <p>{sign.moved}</p>
              <p>
                <Link href={routeOf(sign.link)}>
                  {sign.linkText}
                  <span className="visually-hidden">: {sign.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Leading signs over the last four quarters. Calm on purpose: a sign is something to look into, never a
 * forecast of a grade. The rules and their sources come from the list the signs are computed with. Its
 * data is read apart from the first screen's, which it sits below.
 */
export function EarlyWarningPanel() {
  const { home } = useHome();
  const query = useEarlyWarning(home.id);
  return (
    <section className="card early-warning" aria-labelledby="early-warning-title">
      <h2 className="heading-m" id="early-warning-title">
        Early warning signs
      </h2>
      {query.data ? (
        <Signs warning={query.data} />
      ) : (
        <LoadingOrError error={query.error} onRetry={() => query.refetch()} />
      )}
      <details className="disclosure">
        <summary className="disclosure__summary">How these signs are chosen</summary>
        <div className="disclosure__body">
          <dl className="early-warning__rules">
            {SIGN_RULES.map((rule) => (
              <div key={rule.kind}>
                <dt>{rule.name}</dt>
                <dd>
                  {rule.rule} <span className="secondary-text">{rule.basis}</span>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </section>
  );
}
