import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { reviewPaths } from '@review/api';

/** A strong warning: an indicator rated Inadequate does not decide a grade, but must not go unseen. */
export function InadequateWarning({ items }: { items: DashboardData['inadequateIndicators'] }) {
  if (items.length === 0) return null;
  return (
    <div className="warning-text" role="region" aria-labelledby="inadequate-title">
      <h2 className="heading-m" id="inadequate-title">
        Warning: {items.length === 1 ? 'an indicator was' : `${items.length} indicators were`} rated
        Inadequate in {quarterLabel(items[0]!.quarter)}
      </h2>
      <p>
        A single indicator does not decide the home&apos;s grade, but check that children are safe while it is
        put right.
      </p>
      <ul className="list">
        {items.map((item) => (
          <li key={item.indicatorKey}>
            <Link href={reviewPaths.domain(item.reviewId, item.domainKey)}>{item.domainTitle}</Link>:{' '}
            {item.statement}
          </li>
        ))}
      </ul>
    </div>
  );
}
