import { Link } from 'wouter';
import type { Framework, Rating } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { describeProgress, indicatorsIn, progressOf } from '../lib/progress';
import { reviewPaths } from '../lib/reviewPaths';

interface Props {
  review: ReviewDetail;
  framework: Framework;
  /** The domain on screen, or 'summary'. */
  current: string;
  /** Ratings chosen on this page, which may be newer than the review's. */
  liveRatings?: Record<string, Rating | null>;
}

/** Every step of the review with its progress, the current one marked. */
export function DomainNavList({ review, framework, current, liveRatings = {} }: Props) {
  return (
    <ol className="domain-nav__list">
      {framework.domains.map((domain) => {
        const ratings = indicatorsIn(review.indicators, domain.key).map((i) =>
          i.key in liveRatings ? (liveRatings[i.key] ?? null) : i.rating,
        );
        const here = current === domain.key;
        return (
          <li key={domain.key} className="domain-nav__item">
            <Link
              href={reviewPaths.domain(review.id, domain.key)}
              className={here ? 'domain-nav__link domain-nav__link--current' : 'domain-nav__link'}
              aria-current={here ? 'step' : undefined}
            >
              <span className="domain-nav__name">
                {domain.number}. {domain.title}
              </span>
              <span className="domain-nav__progress">{describeProgress(progressOf(ratings))}</span>
            </Link>
          </li>
        );
      })}
      <li className="domain-nav__item">
        <Link
          href={reviewPaths.summary(review.id)}
          className={
            current === 'summary' ? 'domain-nav__link domain-nav__link--current' : 'domain-nav__link'
          }
          aria-current={current === 'summary' ? 'step' : undefined}
        >
          <span className="domain-nav__name">Summary and sign-off</span>
        </Link>
      </li>
    </ol>
  );
}
