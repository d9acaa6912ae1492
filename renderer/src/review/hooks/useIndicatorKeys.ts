import type { KeyboardEvent } from 'react';
import type { Rating } from '@contract/framework';
import { focusNoteEnd } from '../lib/indicatorFocus';
import { indicatorKeyAction } from '../lib/indicatorKeys';

interface Handlers {
  /** The rating group's id; its choices' ids follow ChoiceRadios (the first, 4, has the group's id). */
  ratingId: string;
  noteId: string;
  onRate: (rating: Rating) => void;
  /** Null when "Same as last quarter" is not offered for this indicator. */
  onSame: (() => void) | null;
  onNext: () => void;
}

const focus = (id: string) => document.getElementById(id)?.focus();

/** The keyboard shortcuts inside one indicator (see indicatorKeyAction), as a keydown handler. */
export function useIndicatorKeys({ ratingId, noteId, onRate, onSame, onNext }: Handlers) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const action = indicatorKeyAction({
      key: event.key,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      target: event.target instanceof HTMLElement ? event.target : null,
    });
    if (!action || (action.kind === 'same' && !onSame)) return;
    // The key is the shortcut's, not a character for whatever takes focus next.
    event.preventDefault();
    switch (action.kind) {
      case 'rate':
        onRate(action.rating);
        // Focus follows the choice, so a screen reader says what was chosen.
        focus(action.rating === 4 ? ratingId : `${ratingId}-${action.rating}`);
        return;
      case 'note':
        focusNoteEnd(noteId);
        return;
      case 'same':
        onSame!();
        return;
      case 'next':
        onNext();
    }
  };
}
