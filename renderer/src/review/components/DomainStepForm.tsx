import { useCallback, useState } from 'react';
import type { Framework, FrameworkDomain, Rating } from '@contract/framework';
import { suggestDomainJudgement } from '@contract/rules/judgements';
import type { ReviewDetail } from '@contract/review';
import { useReviewRecords } from '../api/useRecordsSay';
import { useReviewSaves, type IndicatorValues } from '../api/useReviewSaves';
import { usePositionTracker } from '../autosave/usePositionTracker';
import { usePageNextKey } from '../hooks/usePageNextKey';
import { useResumeFocus } from '../hooks/useResumeFocus';
import { focusSoon } from '../lib/focusRequest';
import { indicatorElementId } from '../lib/indicatorFocus';
import { lastSourcesBefore, nextUnratedInDomain } from '../lib/nextSteps';
import { indicatorsIn } from '../lib/progress';
import { DomainJudgementPanel } from './DomainJudgementPanel';
import { DomainStepLayout } from './DomainStepLayout';
import { IndicatorCard } from './IndicatorCard';
import { PageSaveStatus } from './PageSaveStatus';
import { ReviewKeysHint } from './ReviewKeysHint';
import { WhatChanged } from './WhatChanged';
import { StepLinks } from './StepLinks';
import { AddActionForm, OpenActionsFor } from '@improvement/api';
import { VoiceFlagFor } from '@voice/api';

interface Props {
  review: ReviewDetail;
  framework: Framework;
  domain: FrameworkDomain;
}

/** One domain of a draft review: rate each indicator with its evidence, then judge the domain. */
export function DomainStepForm({ review, framework, domain }: Props) {
  const saves = useReviewSaves(review.id);
  const { facts, changes } = useReviewRecords(review.id);
  const [liveRatings, setLiveRatings] = useState<Record<string, Rating | null>>({});
  const [liveSources, setLiveSources] = useState<Record<string, string[]>>({});
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
  const onSourcesChange = useCallback(
    (key: string, sources: string[]) => setLiveSources((live) => ({ ...live, [key]: sources })),
    [],
  );
  const ratingOf = (a: (typeof answers)[number]) =>
    a.key in liveRatings ? (liveRatings[a.key] ?? null) : a.rating;
  // Straight to the next indicator still to rate; when there is none, to the domain's judgement.
  const onNext = (key: string) => {
    const next = nextUnratedInDomain(review.indicators, key, ratingOf);
    if (next) focusSoon(`${indicatorElementId(next)}-rating`);
    else focusSoon(`domain-judgement-${domain.key}`);
  };
  // N from the page heading: the first indicator still to rate, or the judgement when all are rated.
  usePageNextKey(() => {
    const first = answers.find((a) => ratingOf(a) === null);
    focusSoon(first ? `${indicatorElementId(first.key)}-rating` : `domain-judgement-${domain.key}`);
  });
  const v2 = framework.sccif !== undefined;
  const stored = review.position;
  const onFocusIndicator = useCallback(
    (key: string) => position.track(domain.key, key, stored),
    [position, domain.key, stored],
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
      <WhatChanged quarter={review.quarter} changes={changes.find((c) => c.domainKey === domain.key)} />
      <h2 className="heading-l indicators-title">Indicators</h2>
      <ReviewKeysHint labels={framework.ratingLabels} />
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
          shortlist={domain.evidenceShortlist}
          lastSources={lastSourcesBefore(review.indicators, answer.key, liveSources)}
          onSourcesChange={onSourcesChange}
          onNext={onNext}
          facts={facts.filter((f) => f.indicatorKey === answer.key)}
        />
      ))}
      {v2 && ratings.includes(1) && (
        <div className="warning-text" data-testid="inadequate-warning">
          <p>
            <strong>Warning: an indicator in this domain is rated Inadequate. </strong>
            It does not decide the domain or the home&apos;s grade on its own, but say in your reason how
            children are kept safe while it is put right.
          </p>
        </div>
      )}
      {domainAnswer && (
        <DomainJudgementPanel
          domain={domain}
          answer={domainAnswer}
          framework={framework}
          suggestion={suggestDomainJudgement(ratings, { inadequateCaps: !v2 })}
          onSave={saves.saveDomain}
          actions={
            <>
              <VoiceFlagFor homeId={review.homeId} domainKey={domain.key} quarter={review.quarter} />
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
