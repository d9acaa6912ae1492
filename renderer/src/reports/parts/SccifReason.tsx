import type { SccifAnswer } from '@contract/review';
import { GradeBadge, gradeWords } from '@tracking';

/**
 * One of the three SCCIF judgements as the home made it: the grade, the reason given, and the app's
 * suggestion where the manager departed from it, so a reader sees both.
 */
export function SccifReason({ answer }: { answer: SccifAnswer }) {
  const departed =
    answer.suggested !== null && answer.judgement !== null && answer.suggested !== answer.judgement;
  return (
    <>
      <GradeBadge grade={answer.judgement} />
      {answer.reason ? (
        <span className="report-text report-block">{answer.reason}</span>
      ) : (
        <span className="report-block">No reason was recorded.</span>
      )}
      {departed && (
        <span className="report-block report-small">
          Hallmarks suggested {gradeWords(answer.suggested)}; the home judged {gradeWords(answer.judgement)}.
        </span>
      )}
    </>
  );
}
