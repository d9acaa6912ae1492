import { useState } from 'react';
import { quarterLabel } from '@contract/rules/quarters';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useComparison } from '../api/useComparison';
import { describeChanges } from '../lib/changeCounts';
import { onlyChanges } from '../lib/compareReviews';
import { DomainComparisonSection } from './DomainComparisonSection';

/** Two reviews side by side, domain by domain, with a filter to show only what changed. */
export function ComparisonView({ beforeId, afterId }: { beforeId: number; afterId: number }) {
  const { before, after, domains, error, retry } = useComparison(beforeId, afterId);
  const [changedOnly, setChangedOnly] = useState(false);
  if (!before || !after || !domains) return <LoadingOrError error={error} onRetry={retry} />;
  const shown = changedOnly ? onlyChanges(domains) : domains;
  const quarters: [string, string] = [before.quarter, after.quarter];
  return (
    <section aria-labelledby="comparison-title">
      <h2 className="heading-l" id="comparison-title">
        {quarterLabel(before.quarter)} compared with {quarterLabel(after.quarter)}
      </h2>
      <p>{describeChanges(domains)}</p>
      <div className="checkbox checkbox--with-hint">
        <input
          className="checkbox__input"
          type="checkbox"
          id="changed-only"
          checked={changedOnly}
          onChange={(event) => setChangedOnly(event.target.checked)}
          aria-describedby="changed-only-hint"
        />
        <label className="checkbox__label" htmlFor="changed-only">
          Show only what changed
        </label>
        <p className="checkbox__hint" id="changed-only-hint">
          Hides indicators rated the same in both reviews, and domains where nothing changed.
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {changedOnly ? `Showing ${shown.length} domains with changes.` : ''}
      </p>
      {shown.length === 0 ? (
        <p>Nothing changed between these two reviews.</p>
      ) : (
        shown.map((domain) => (
          <DomainComparisonSection key={domain.key} domain={domain} quarters={quarters} />
        ))
      )}
    </section>
  );
}
