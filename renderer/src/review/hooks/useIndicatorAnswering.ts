import type { Rating } from '@contract/framework';
import { sameAsLastRefusal } from '@contract/rules/checked-same';
import { recordsCeiling, type RecordFact } from '@contract/rules/records-say';
import type { IndicatorAnswer } from '@contract/review';
import type { IndicatorValues } from '../api/useReviewSaves';
import { useIndicatorKeys } from './useIndicatorKeys';

interface Args {
  answer: IndicatorAnswer;
  facts: RecordFact[];
  /** The indicator's element id, which its fields' ids start with. */
  id: string;
  values: IndicatorValues;
  update: (changes: Partial<IndicatorValues>, when: 'now' | 'soon') => void;
  onRate: (indicatorKey: string, rating: Rating) => void;
  onNext: (indicatorKey: string) => void;
  flush: () => void;
}

/**
 * The quick ways through one indicator: choose a grade, add to the note, confirm "Same as last quarter",
 * move on, and the keys for each. Any change to the rating or the note makes it this quarter's own answer.
 */
export function useIndicatorAnswering({ answer, facts, id, values, update, onRate, onNext, flush }: Args) {
  const appendToNote = (text: string) =>
    update(
      { note: values.note.trim() ? `${values.note.trimEnd()}\n\n${text}` : text, checkedSame: false },
      'now',
    );
  const copyLastNote = () => appendToNote(answer.previous?.note ?? '');

  function rate(rating: Rating) {
    update({ rating, checkedSame: false }, 'now');
    onRate(answer.key, rating);
  }

  const ceiling = recordsCeiling(facts, answer.key);
  const previous = answer.previous;
  // Last quarter's own rating and note, with the home's date recorded by the app: never carried silently.
  const confirmSame =
    previous && previous.rating !== null && sameAsLastRefusal(previous, ceiling) === null
      ? () => {
          update({ rating: previous.rating, note: previous.note, checkedSame: true }, 'now');
          onRate(answer.key, previous.rating!);
        }
      : null;
  const next = () => {
    flush();
    onNext(answer.key);
  };
  const onKeyDown = useIndicatorKeys({
    ratingId: `${id}-rating`,
    noteId: `${id}-note`,
    onRate: rate,
    onSame: confirmSame,
    onNext: next,
  });
  return { ceiling, rate, appendToNote, copyLastNote, confirmSame, next, onKeyDown };
}
