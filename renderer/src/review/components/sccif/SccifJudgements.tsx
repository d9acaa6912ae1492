import type { Framework } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { sccifState } from '@contract/rules/completion';
import { monitoringPrompt } from '@contract/rules/safety-first';
import { experiencesCap, suggestSccif } from '@contract/rules/sccif';
import { useReviewSaves } from '../../api/useReviewSaves';
import { SccifJudgementField } from './SccifJudgementField';

/**
 * The three judgements inspectors give, each suggested from the domains and indicators that inform it and
 * confirmed or changed by the manager. SCCIF's limiting rules apply to them, never to one indicator.
 */
export function SccifJudgements({ review, framework }: { review: ReviewDetail; framework: Framework }) {
  const saves = useReviewSaves(review.id);
  const answers = review.sccif ?? [];
  const state = sccifState(review);
  const confirmed = state.confirmed;
  const suggestions = suggestSccif(framework, state);
  const protection = confirmed.protection ?? suggestions.protection.grade;
  const cap = experiencesCap(
    confirmed.protection ?? suggestions.protection.grade,
    confirmed.leadership ?? suggestions.leadership.grade,
  );
  return (
    <section className="section" aria-labelledby="sccif-title">
      <h2 className="heading-l" id="sccif-title">
        The three judgements
      </h2>
      <p className="body">
        At a full inspection, inspectors give a children&apos;s home three judgements. The app suggests each
        one from the domains and indicators that inform it, and says why; you confirm it or change it, with a
        reason.
      </p>
      {answers.map((answer) => (
        <SccifJudgementField
          key={answer.area}
          answer={answer}
          framework={framework}
          suggestion={suggestions[answer.area]}
          cap={answer.area === 'experiences' ? cap : undefined}
          protection={protection}
          prompt={answer.area === 'leadership' ? monitoringPrompt(protection) : undefined}
          onSave={(judgement, reason) => saves.saveJudgement(answer.area, judgement, reason)}
        />
      ))}
    </section>
  );
}
