import type { DomainComparison } from '../lib/compareReviews';
import { ChangeTag } from './ChangeTag';
import { CompareSide } from './CompareSide';
import { IndicatorComparisonItem } from './IndicatorComparisonItem';

/** A domain's judgement in both reviews, then its indicators. */
export function DomainComparisonSection({
  domain,
  quarters,
}: {
  domain: DomainComparison;
  quarters: [string, string];
}) {
  const titleId = `compare-${domain.key}-title`;
  return (
    <section className="compare-domain" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        {domain.title}
      </h3>
      <div className="compare-item compare-item--judgement">
        <div className="compare-item__head">
          <h4 className="compare-item__statement">Domain judgement</h4>
          <ChangeTag change={domain.change} />
        </div>
        <div className="compare-item__sides">
          <CompareSide quarter={quarters[0]} side={domain.before} noteLabel="Reason" />
          <CompareSide quarter={quarters[1]} side={domain.after} noteLabel="Reason" />
        </div>
      </div>
      {domain.indicators.length > 0 && (
        <ul className="compare-list" aria-label={`Indicators in ${domain.title}`}>
          {domain.indicators.map((item) => (
            <IndicatorComparisonItem key={item.key} item={item} quarters={quarters} />
          ))}
        </ul>
      )}
    </section>
  );
}
