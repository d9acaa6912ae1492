import type { Framework, Grade, SccifArea } from '@contract/framework';
import type { IndicatorAnswer, ReviewDetail } from '@contract/review';
import { quarterLabel } from '@contract/rules/quarters';
import { DOMAIN_STANDARD, standardsOf } from '@contract/rules/reg45-standards';
import { GradeBadge, gradeWords } from '@tracking';
import { QUALITY_STANDARDS, REG45_REGULATIONS } from '@contract/reg45-draft';
import { SccifReason } from './SccifReason';

/** The three SCCIF judgements, each under the standard whose subject it is. */
const SCCIF_STANDARD: Record<SccifArea, number> = { experiences: 6, protection: 12, leadership: 13 };

interface Row {
  number: string;
  key: string;
  statement: string;
  /** The indicator in each review of the period, oldest first (undefined where that review lacks it). */
  answers: (IndicatorAnswer | undefined)[];
}

/** Every indicator of the period's reviews, numbered as in the latest review, with each review's answer. */
function indicatorRows(framework: Framework, reviews: ReviewDetail[]): Row[] {
  const rows = new Map<string, Row>();
  for (const [r, review] of reviews.entries())
    for (const domain of framework.domains) {
      review.indicators
        .filter((i) => i.domainKey === domain.key)
        .forEach((indicator, i) => {
          const row = rows.get(indicator.key) ?? {
            number: `${domain.number}.${i + 1}`,
            key: indicator.key,
            statement: indicator.statement,
            answers: reviews.map(() => undefined),
          };
          row.answers[r] = indicator;
          // The latest review's numbering and wording.
          row.number = `${domain.number}.${i + 1}`;
          row.statement = indicator.statement;
          rows.set(indicator.key, row);
        });
    }
  return [...rows.values()];
}

const belowGood = (a: IndicatorAnswer | undefined) => a?.rating === 1 || a?.rating === 2;

/**
 * One part per Quality Standard (regs 5 to 14) for every quarter of the period: the judgements whose
 * subject it is, each quarter's with its reason; the indicators mapped to it (by indicator, so no
 * domain's reason is pasted under another standard), with each quarter's rating; every one rated below
 * Good in any quarter with its evidence note; and the registered person's own comment. A standard with
 * nothing recorded says so.
 */
export function QualityStandards({
  framework,
  reviews,
  comments = {},
}: {
  framework: Framework;
  /** The period's completed reviews, oldest first. */
  reviews: ReviewDetail[];
  /** The registered person's own comment per standard, by regulation number ("7"). */
  comments?: Record<string, string>;
}) {
  const rows = indicatorRows(framework, reviews);
  const domainOf = (key: string) =>
    reviews.flatMap((r) => r.indicators).find((i) => i.key === key)?.domainKey;
  const quarters = reviews.map((r) => quarterLabel(r.quarter));
  return (
    <>
      {REG45_REGULATIONS.map((reg) => {
        const mapped = rows.filter((row) => standardsOf(row.key, domainOf(row.key) ?? '').includes(reg));
        const below = mapped.filter((row) => row.answers.some(belowGood));
        const domains = framework.domains.filter((d) => DOMAIN_STANDARD[d.key] === reg);
        const areas = (Object.keys(SCCIF_STANDARD) as SccifArea[]).filter((a) => SCCIF_STANDARD[a] === reg);
        const comment = comments[String(reg)];
        const nothing = mapped.length === 0 && domains.length === 0 && areas.length === 0 && !comment;
        return (
          <div className="report-record" key={reg}>
            <h3 className="report-h3">
              Regulation {reg}: {QUALITY_STANDARDS[reg]}
            </h3>
            {nothing && <p>Nothing was recorded about this standard in {quarters.join(' or ')}.</p>}
            {areas.map((area) => (
              <div key={area}>
                <p className="report-h4">{framework.sccifAreaTitles[area]}</p>
                <ul className="report-items">
                  {reviews.map((review) => {
                    const answer = review.sccif?.find((s) => s.area === area);
                    return (
                      <li key={review.quarter}>
                        {quarterLabel(review.quarter)}:{' '}
                        {answer ? (
                          <SccifReason answer={answer} />
                        ) : (
                          'not recorded (the review was made before version 2)'
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
            {domains.map((domain) => (
              <div key={domain.key}>
                <p className="report-h4">
                  Domain {domain.number}: {domain.title}
                </p>
                <ul className="report-items">
                  {reviews.map((review) => {
                    const answer = review.domains.find((a) => a.key === domain.key);
                    return (
                      <li key={review.quarter}>
                        {quarterLabel(review.quarter)}: <GradeBadge grade={answer?.judgement ?? null} />
                        {answer?.rationale && (
                          <span className="report-text report-block">{answer.rationale}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
            {mapped.length > 0 && (
              <table className="report-table standard-table">
                <caption>Indicators for regulation {reg}, rated each quarter</caption>
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">Indicator</th>
                    {quarters.map((q) => (
                      <th scope="col" key={q}>
                        {q}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {mapped.map((row) => (
                    <tr key={row.key}>
                      <td>{row.number}</td>
                      <td className="report-text">{row.statement}</td>
                      {row.answers.map((a, i) => (
                        <td key={quarters[i]}>{a ? ratingCell(a.rating) : 'Not in this review'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {below.length > 0 && (
              <>
                <p className="report-h4">Rated below Good in the period</p>
                <ul className="report-items">
                  {below.flatMap((row) =>
                    row.answers.map((a, i) =>
                      belowGood(a) ? (
                        <li key={`${row.key}-${quarters[i]}`}>
                          {row.number} {row.statement} ({quarters[i]}, {gradeWords(a!.rating)}):{' '}
                          <span className="report-text">{a!.note || 'no evidence note'}</span>
                        </li>
                      ) : null,
                    ),
                  )}
                </ul>
              </>
            )}
            {comment && (
              <p className="report-text">
                <strong>The registered person:</strong> {comment}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}

function ratingCell(rating: IndicatorAnswer['rating']) {
  if (rating === null) return 'Not rated';
  if (rating === 0) return 'Don’t know';
  return <GradeBadge grade={rating as Grade} />;
}
