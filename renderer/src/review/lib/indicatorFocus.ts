export const indicatorElementId = (indicatorKey: string) => `indicator-${indicatorKey}`;

/**
 * Scrolls to an indicator and focuses its first field (the chosen rating if there is one, as Tab would),
 * after the current render and any move of focus to the page heading.
 */
export function focusIndicatorSoon(indicatorKey: string) {
  requestAnimationFrame(() => {
    const group = document.getElementById(indicatorElementId(indicatorKey));
    if (!group) return;
    const field =
      group.querySelector<HTMLElement>('input[type="radio"]:checked') ??
      group.querySelector<HTMLElement>('input, textarea, button, summary');
    group.scrollIntoView({ block: 'start' });
    field?.focus({ preventScroll: true });
  });
}

/** Focuses a note with the caret at its end, so typing adds to what is there (a fact just added). */
export function focusNoteEnd(id: string) {
  const note = document.getElementById(id);
  if (!(note instanceof HTMLTextAreaElement)) return;
  note.focus();
  note.setSelectionRange(note.value.length, note.value.length);
}
