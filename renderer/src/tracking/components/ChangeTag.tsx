import { CHANGE_GLYPHS, CHANGE_WORDS, type Change } from '../lib/compareReviews';

/** What changed, in words, with an arrow that repeats the word and is not read aloud. */
export function ChangeTag({ change }: { change: Change }) {
  return (
    <strong className={`change-tag change-tag--${change}`}>
      <span aria-hidden="true">{CHANGE_GLYPHS[change]}</span> {CHANGE_WORDS[change]}
    </strong>
  );
}
