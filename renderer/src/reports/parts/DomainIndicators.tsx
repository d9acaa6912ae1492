import type { Framework, FrameworkDomain } from '@contract/framework';
import { formatIsoDate } from '@contract/rules/dates';
import type { DomainAnswer, IndicatorAnswer } from '@contract/review';
import { GradeBadge, gradeWords } from '@tracking';

/** A note longer than this may not fit on one page, so its row may break across pages. */
const LONG_NOTE = 1_500;

interface Props {
  framework: Framework;
  domain: FrameworkDomain;
  answer: DomainAnswer | undefined;
  indicators: IndicatorAnswer[];
}

/** One domain of a review: its judgement and reason, then every indicator as a compact table row. */
export function DomainIndicators({ framework, domain, answer, indicators }: Props) {
  const headingId = `domain-${domain.key}`;
  const source = (key: string) => framework.evidenceSources.find((s) => s.key === key)?.label ?? key;
  return (
    <section className="report-section report-domain" aria-labelledby={headingId}>
      <div className="report-keep">
        <h3 className="report-h3" id={headingId}>
          Domain {domain.number}: {domain.title}
        </h3>
        <p className="report-domain__judgement">
          Judgement: <GradeBadge grade={answer?.judgement ?? null} />
        </p>
        {answer?.rationale && <p className="report-text">{answer.rationale}</p>}
      </div>
      <table className="report-table indicator-table">
        <caption className="visually-hidden">Indicators for domain {domain.number}</caption>
        <colgroup>
          <col className="indicator-table__number" />
          <col className="indicator-table__statement" />
          <col className="indicator-table__rating" />
          <col className="indicator-table__note" />
          <col className="indicator-table__sources" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Indicator</th>
            <th scope="col">Rating</th>
            <th scope="col">Evidence note</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator, i) => {
            const sources = [...indicator.sources.map(source), indicator.otherSource].filter(Boolean);
            return (
              <tr
                key={indicator.key}
                className={indicator.note.length > LONG_NOTE ? 'report-row--long' : undefined}
              >
                <td>
                  {domain.number}.{i + 1}
                </td>
                <td className="report-text">{indicator.statement}</td>
                <td>
                  {indicator.rating ? (
                    <GradeBadge grade={indicator.rating} />
                  ) : (
                    gradeWords(indicator.rating, 'Not rated')
                  )}
                  {indicator.checkedSameOn && (
                    <p className="report-text">
                      Same as last quarter, checked {formatIsoDate(indicator.checkedSameOn)}
                    </p>
                  )}
                </td>
                <td>
                  <span className="report-text">{indicator.note || 'No note'}</span>
                  {indicator.recordsReason && (
                    <span className="report-text report-small">
                      Rated above what the home&apos;s records suggest, because: {indicator.recordsReason}
                    </span>
                  )}
                </td>
                <td className="report-text">{sources.length > 0 ? sources.join('; ') : 'None given'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
