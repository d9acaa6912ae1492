import { Link } from 'wouter';
import type { Framework } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { describeCount, indicatorsIn, progressOf } from '../lib/progress';
import { reviewPaths } from '../lib/reviewPaths';

/** The eight domains with how far each has got and the judgement made for it. */
export function DomainProgressTable({ review, framework }: { review: ReviewDetail; framework: Framework }) {
  return (
    <table className="table domain-table">
      <caption className="visually-hidden">Progress and judgement for each domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Indicators rated</th>
          <th scope="col">Judgement</th>
        </tr>
      </thead>
      <tbody>
        {framework.domains.map((domain) => {
          const judgement = review.domains.find((d) => d.key === domain.key)?.judgement ?? null;
          const ratings = indicatorsIn(review.indicators, domain.key).map((i) => i.rating);
          return (
            <tr key={domain.key}>
              <th scope="row">
                <Link href={reviewPaths.domain(review.id, domain.key)}>
                  {domain.number}. {domain.title}
                </Link>
              </th>
              <td>{describeCount(progressOf(ratings))}</td>
              <td>{judgement === null ? 'Not decided yet' : framework.ratingLabels[judgement]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
