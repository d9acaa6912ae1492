import type { FrameworkDomain } from '@contract/framework';
import type { CustomIndicator } from '@contract/review';
import { formatTimestampDate } from '@contract/rules/dates';

/** The home's own indicators, under the domain each belongs to. */
export function CustomIndicatorList({
  domains,
  indicators,
}: {
  domains: FrameworkDomain[];
  indicators: CustomIndicator[];
}) {
  return (
    <div className="custom-list">
      {domains.map((domain) => {
        const own = indicators.filter((i) => i.domainKey === domain.key);
        return (
          <section
            key={domain.key}
            className="custom-list__domain"
            aria-labelledby={`custom-${domain.key}-title`}
          >
            <h3 className="heading-m" id={`custom-${domain.key}-title`}>
              {domain.number}. {domain.title}
            </h3>
            {own.length === 0 ? (
              <p className="secondary-text">None added.</p>
            ) : (
              <ul className="custom-list__items">
                {own.map((indicator) => (
                  <li key={indicator.key}>
                    <p className="long-text custom-list__statement">{indicator.statement}</p>
                    <p className="secondary-text custom-list__added">
                      Added on {formatTimestampDate(indicator.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
