import { useCallback, useState } from 'react';
import type { Framework, FrameworkDomain, Rating } from '@contract/framework';
import { suggestDomainJudgement } from '@contract/judgements';
import type { ReviewDetail } from '@contract/review';
import { useReviewSaves, type IndicatorValues } from '../api/useReviewSaves';
import { usePositionTracker } from '../autosave/usePositionTracker';
import { useResumeFocus } from '../hooks/useResumeFocus';
import { indicatorsIn } from '../lib/progress';
import { DomainJudgementPanel } from './DomainJudgementPanel';
import { DomainStepLayout } from './DomainStepLayout';
import { IndicatorCard } from './IndicatorCard';
import { PageSaveStatus } from './PageSaveStatus';
import { StepLinks } from './StepLinks';
import { AddActionForm } from '@shared/actions/AddActionForm';
import { OpenActionsFor } from '@shared/actions/OpenActionsFor';

interface Props {
  review: ReviewDetail;
  framework: Framework;
  domain: FrameworkDomain;
}

/** One domain of a draft review: rate each indicator with its evidence, then judge the domain. */
export function DomainStepForm({ review, framework, domain }: Props) {
  const saves = useReviewSaves(review.id);
  const [liveRatings, setLiveRatings] = useState<Record<string, Rating | null>>({});
  const position = usePositionTracker(saves.setPosition);
  useResumeFocus(review.position, domain.key, position.track);

  const answers = indicatorsIn(review.indicators, domain.key);
  const ratings = answers.map((a) => (a.key in liveRatings ? (liveRatings[a.key] ?? null) : a.rating));
  const domainAnswer = review.domains.find((d) => d.key === domain.key);
  const prompts = new Map(domain.indicators.map((i) => [i.key, i.evidencePrompts]));

  const onRate = useCallback(
    (key: string, rating: Rating) => setLiveRatings((live) => ({ ...live, [key]: rating })),
    [],
  );
  const onFocusIndicator = useCallback(
    (key: string) => position.track(domain.key, key),
    [position, domain.key],
  );
  const saveIndicator = useCallback(
    (key: string, values: IndicatorValues) => {
      position.savedWith(domain.key, key);
      return saves.saveIndicator(key, values);
    },
    [saves, position, domain.key],
  );

  return (
    <DomainStepLayout
      review={review}
      framework={framework}
      domain={domain}
      liveRatings={liveRatings}
      status={<PageSaveStatus />}
    >
      <h2 className="heading-l indicators-title">Indicators</h2>
      {answers.map((answer, index) => (
        <IndicatorCard
          key={answer.key}
          homeId={review.homeId}
          reviewId={review.id}
          answer={answer}
          number={`${domain.number}.${index + 1}`}
          framework={framework}
          prompts={prompts.get(answer.key) ?? []}
          previousQuarter={review.previousQuarter}
          onSave={saveIndicator}
          onRate={onRate}
          onFocusIndicator={onFocusIndicator}
        />
      ))}
      {domainAnswer && (
        <DomainJudgementPanel
          domain={domain}
          answer={domainAnswer}
          framework={framework}
          suggestion={suggestDomainJudgement(ratings)}
          onSave={saves.saveDomain}
          actions={
            <>
              <OpenActionsFor
                homeId={review.homeId}
                link={{ kind: 'domain', key: domain.key }}
                label={`the judgement for ${domain.title}`}
              />
              <AddActionForm
                homeId={review.homeId}
                link={{ kind: 'domain', key: domain.key }}
                source="review"
                origin={{ kind: 'review', id: review.id }}
                context={`the judgement for ${domain.title}`}
              />
            </>
          }
        />
      )}
      <StepLinks reviewId={review.id} domain={domain} framework={framework} />
    </DomainStepLayout>
  );
}
