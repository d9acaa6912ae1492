import type { Framework } from '@contract/framework';
import { overallLimit, suggestOverall } from '@contract/rules/judgements';
import type { ReviewDetail } from '@contract/review';
import type { SummaryValues } from '../api/useReviewSaves';
import type { useAutosavedDraft } from '../autosave/useAutosavedDraft';
import { overallInputs } from '@contract/rules/completion';
import { OverallJudgement } from './OverallJudgement';
import { SccifJudgements } from './sccif/SccifJudgements';
import { SaveStatus } from './SaveStatus';
import { TextArea } from '@shared/ui/TextArea';
import { inBackground } from '@shared/lib/background';
import { AddActionForm } from '@improvement/api';
import { StaffRoomSummaryField } from './StaffRoomSummaryField';

interface Props {
  review: ReviewDetail;
  framework: Framework;
  draft: ReturnType<typeof useAutosavedDraft<SummaryValues>>;
}

/** Strengths, areas to improve, the staff-room summary and the overall judgement, autosaved together. */
export function SummaryFields({ review, framework, draft }: Props) {
  const { values, update } = draft;
  const flush = () => inBackground(draft.flush());
  const inputs = overallInputs(review, framework);
  return (
    <div onBlur={flush}>
      <section className="section" aria-labelledby="summary-title">
        <h2 className="heading-l" id="summary-title">
          Summary
        </h2>
        <TextArea
          id="summary-strengths"
          label="Strengths"
          hint="What the home does well this quarter, and the evidence for it."
          value={values.strengths}
          onChange={(strengths) => update({ strengths }, 'soon')}
          onBlur={flush}
          rows={6}
        />
        <TextArea
          id="summary-improvements"
          label="Areas to improve"
          hint="Be honest: what is not yet good enough, and what will be done about it."
          value={values.improvements}
          onChange={(improvements) => update({ improvements }, 'soon')}
          onBlur={flush}
          rows={6}
        />
        <StaffRoomSummaryField
          value={values.staffRoomSummary}
          onChange={(staffRoomSummary) => update({ staffRoomSummary }, 'soon')}
          onBlur={flush}
        />
        <AddActionForm
          homeId={review.homeId}
          link={null}
          source="review"
          origin={{ kind: 'review', id: review.id }}
          context="what needs to improve"
        />
      </section>
      {framework.sccif ? (
        <SccifJudgements review={review} framework={framework} />
      ) : (
        <OverallJudgement
          framework={framework}
          suggestion={suggestOverall(inputs)}
          limit={overallLimit(inputs)}
          value={values.overall}
          onChange={(overall) => update({ overall }, 'now')}
        />
      )}
      <SaveStatus state={draft.state} error={draft.error} onRetry={flush} />
    </div>
  );
}
