import type { Framework } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { GradeBadge } from '@tracking';
import { QUALITY_STANDARDS } from '@contract/reg45-draft';

/**
 * One part per Quality Standard the framework maps to, in regulation order: each mapped domain's
 * judgement in the latest review and the manager's reason for it.
 */
export function QualityStandards({
  framework,
  review,
  comments = {},
}: {
  framework: Framework;
  review: ReviewDetail;
  /** The registered person's own comment per standard, by regulation number ("7"). */
  comments?: Record<string, string>;
}) {
  const mapped = framework.domains.flatMap((d) => d.qualityStandards);
  // A standard the framework maps no domain to still prints when the registered person wrote about it.
  const written = Object.keys(comments).map(Number);
  const regulations = [...new Set([...mapped, ...written])].sort((a, b) => a - b);
  return (
    <>
      {regulations.map((reg) => (
        <div className="report-record" key={reg}>
          <h3 className="report-h3">
            Regulation {reg}: {QUALITY_STANDARDS[reg] ?? 'Quality Standard'}
          </h3>
          <ul className="report-items">
            {framework.domains
              .filter((d) => d.qualityStandards.includes(reg))
              .map((d) => {
                const answer = review.domains.find((a) => a.key === d.key);
                return (
                  <li key={d.key}>
                    <strong>
                      Domain {d.number}: {d.title}
                    </strong>{' '}
                    <GradeBadge grade={answer?.judgement ?? null} />
                    {answer?.rationale && (
                      <span className="report-text report-block">{answer.rationale}</span>
                    )}
                  </li>
                );
              })}
          </ul>
          {comments[String(reg)] && (
            <p className="report-text">
              <strong>The registered person:</strong> {comments[String(reg)]}
            </p>
          )}
        </div>
      ))}
    </>
  );
}
