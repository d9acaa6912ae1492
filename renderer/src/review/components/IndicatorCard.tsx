import type { Framework, Rating } from '@contract/framework';
import type { IndicatorAnswer } from '@contract/review';
import { aboveRecords, type RecordFact } from '@contract/rules/records-say';
import type { IndicatorValues } from '../api/useReviewSaves';
import { useAutosavedDraft } from '../autosave/useAutosavedDraft';
import { focusNoteEnd, indicatorElementId } from '../lib/indicatorFocus';
import { DiscussCheckbox } from './DiscussCheckbox';
import { EvidencePrompts } from './EvidencePrompts';
import { EvidenceShortlist } from './EvidenceShortlist';
import { EvidenceSources } from './EvidenceSources';
import { IndicatorShortcuts } from './IndicatorShortcuts';
import { IndicatorHeading } from './IndicatorHeading';
import { PreviousAnswer } from './PreviousAnswer';
import { factNoteText, RecordsSay } from './RecordsSay';
import { SameAsLastQuarter } from './SameAsLastQuarter';
import { useIndicatorAnswering } from '../hooks/useIndicatorAnswering';
import { RatingRadioGroup } from './RatingRadioGroup';
import { SaveStatus } from './SaveStatus';
import { TextArea } from '@shared/ui/TextArea';
import { inBackground } from '@shared/lib/background';
import { AddActionForm, OpenActionsFor } from '@improvement/api';
import { ViewsAboutIndicator } from '@voice/api';

interface Props {
  homeId: number;
  reviewId: number;
  answer: IndicatorAnswer;
  /** "3.2": domain number and place in the domain. */
  number: string;
  framework: Framework;
  prompts: string[];
  previousQuarter: string | null;
  onSave: (indicatorKey: string, values: IndicatorValues) => Promise<void>;
  /** Told of every rating as it is chosen, so the domain's suggestion can follow it. */
  onRate: (indicatorKey: string, rating: Rating) => void;
  onFocusIndicator: (indicatorKey: string) => void;
  /** Version 2 on: the domain's likely sources, offered first. */
  shortlist?: string[];
  /** The sources of the last indicator that has any, for "Same sources as the last indicator". */
  lastSources: string[] | null;
  onSourcesChange: (indicatorKey: string, sources: string[]) => void;
  onNext: (indicatorKey: string) => void;
  /** What the home's own records say about this indicator ("Your records say…"). */
  facts: RecordFact[];
}

const valuesOf = (answer: IndicatorAnswer): IndicatorValues => ({
  rating: answer.rating,
  note: answer.note,
  sources: answer.sources,
  otherSource: answer.otherSource,
  discuss: answer.discuss,
  recordsReason: answer.recordsReason,
  checkedSame: answer.checkedSameOn !== null,
});

/** One indicator to rate, with its evidence, autosaved as the manager works. */
export function IndicatorCard(props: Props) {
  const { homeId, reviewId, answer, number, framework, prompts, previousQuarter } = props;
  const { onSave, onRate, onFocusIndicator } = props;
  const { shortlist, lastSources, onSourcesChange, onNext, facts } = props;
  const draft = useAutosavedDraft(
    `indicator-${answer.key}`,
    () => valuesOf(answer),
    (values: IndicatorValues) => onSave(answer.key, values),
  );
  const { values, update } = draft;
  const id = indicatorElementId(answer.key);
  const flush = () => inBackground(draft.flush());

  const quick = useIndicatorAnswering({ answer, facts, id, values, update, onRate, onNext, flush });
  const { ceiling, rate, appendToNote, copyLastNote, confirmSame, next, onKeyDown } = quick;

  function setSources(sources: string[]) {
    update({ sources }, 'now');
    onSourcesChange(answer.key, sources);
  }

  function toggleSource(key: string, checked: boolean) {
    setSources(checked ? [...values.sources, key] : values.sources.filter((s) => s !== key));
  }

  const sourceProps = {
    id: `${id}-source`,
    chosen: values.sources,
    other: values.otherSource,
    onToggle: toggleSource,
    onOtherChange: (otherSource: string) => update({ otherSource }, 'soon'),
    onOtherBlur: flush,
  };

  const link = { kind: 'indicator' as const, key: answer.key };
  const above = aboveRecords(values.rating, ceiling);
  return (
    <>
      <fieldset
        className="indicator"
        id={id}
        onFocus={() => onFocusIndicator(answer.key)}
        onBlur={flush}
        onKeyDown={onKeyDown}
      >
        <legend className="indicator__legend">
          <IndicatorHeading number={number} statement={answer.statement} custom={answer.custom} />
        </legend>
        <EvidencePrompts prompts={prompts} />
        <PreviousAnswer
          previous={answer.previous}
          previousQuarter={previousQuarter}
          labels={framework.ratingLabels}
          onUseNote={copyLastNote}
        />
        <SameAsLastQuarter
          id={`${id}-same`}
          previous={answer.previous}
          ceiling={ceiling}
          labels={framework.ratingLabels}
          confirmed={values.checkedSame}
          checkedOn={answer.checkedSameOn}
          onConfirm={() => confirmSame?.()}
        />
        <RatingRadioGroup id={`${id}-rating`} framework={framework} value={values.rating} onChange={rate} />
        <RecordsSay
          facts={facts}
          id={`${id}-records`}
          note={values.note}
          onAdd={(fact) => {
            appendToNote(factNoteText(fact));
            // The button goes once its fact is in the note: focus goes on to the note, to add to it.
            requestAnimationFrame(() => focusNoteEnd(`${id}-note`));
          }}
        />
        {(above || values.recordsReason.trim() !== '') && ceiling !== null && (
          <TextArea
            id={`${id}-records-reason`}
            label="Why this rating is above what your records suggest"
            hint={`Your records suggest ${framework.ratingLabels[ceiling]}. One sentence is enough; it is asked before sign-off.`}
            value={values.recordsReason}
            onChange={(recordsReason) => update({ recordsReason }, 'soon')}
            onBlur={flush}
          />
        )}
        <IndicatorShortcuts
          lastSources={lastSources}
          sources={framework.evidenceSources}
          onUseLast={() => setSources([...new Set([...values.sources, ...(lastSources ?? [])])])}
          onNext={next}
        />
        <TextArea
          id={`${id}-note`}
          label="Evidence note"
          hint="What shows this, and where is it kept? Use initials, never children's names."
          value={values.note}
          onChange={(note) => update({ note, checkedSame: false }, 'soon')}
          onBlur={flush}
        />
        {shortlist ? (
          <EvidenceShortlist
            {...sourceProps}
            shortlist={framework.evidenceSources.filter((s) => shortlist.includes(s.key))}
            more={framework.evidenceSources.filter((s) => !shortlist.includes(s.key))}
          />
        ) : (
          <EvidenceSources {...sourceProps} sources={framework.evidenceSources} />
        )}
        <DiscussCheckbox
          id={`${id}-discuss`}
          checked={values.discuss}
          onChange={(discuss) => update({ discuss }, 'now')}
        />
        <SaveStatus state={draft.state} error={draft.error} onRetry={flush} />
      </fieldset>
      <div className="indicator__actions">
        <OpenActionsFor homeId={homeId} link={link} label={`indicator ${number}`} />
        <ViewsAboutIndicator homeId={homeId} indicatorKey={answer.key} />
        <AddActionForm
          homeId={homeId}
          link={link}
          source="review"
          origin={{ kind: 'review', id: reviewId }}
          context={`indicator ${number}, ${answer.statement}`}
        />
      </div>
    </>
  );
}
