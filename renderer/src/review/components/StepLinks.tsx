import { Link } from 'wouter';
import type { Framework, FrameworkDomain } from '@contract/framework';
import { reviewPaths } from '../lib/reviewPaths';

/** "Next: <domain>" (or the summary after the last domain), and back to the step before. */
export function StepLinks({
  reviewId,
  domain,
  framework,
}: {
  reviewId: number;
  domain: FrameworkDomain;
  framework: Framework;
}) {
  const index = framework.domains.findIndex((d) => d.key === domain.key);
  const next = framework.domains[index + 1];
  const previous = framework.domains[index - 1];
  return (
    <div className="step-links">
      <Link
        href={next ? reviewPaths.domain(reviewId, next.key) : reviewPaths.summary(reviewId)}
        className="button"
      >
        {next ? `Next: ${next.title}` : 'Next: Summary and sign-off'}
      </Link>
      <Link
        href={previous ? reviewPaths.domain(reviewId, previous.key) : reviewPaths.overview(reviewId)}
        className="button button--secondary"
      >
        {previous ? `Previous: ${previous.title}` : 'Previous: Review overview'}
      </Link>
    </div>
  );
}
