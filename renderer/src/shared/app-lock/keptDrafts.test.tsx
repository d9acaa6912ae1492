// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextArea } from '../ui/TextArea';
import { keepDrafts, keepDraftsAcrossLock, keptDraftCount } from './keptDrafts';

afterEach(() => {
  cleanup();
  keepDraftsAcrossLock(true);
  keepDrafts();
});

/** A form as a screen has it: its typed text lives in its own state, lost when it leaves the page. */
function NoteForm({ saved = '' }: { saved?: string }) {
  const [note, setNote] = useState(saved);
  return <TextArea id="note" label="Note" value={note} onChange={setNote} />;
}

const box = () => screen.getByLabelText<HTMLTextAreaElement>('Note');

describe('what was being typed when the app locked', () => {
  it('is back in the same box when its screen returns after the unlock', () => {
    const first = render(<NoteForm saved="Saved before" />);
    fireEvent.change(box(), { target: { value: 'Saved before, and typed since' } });
    keepDrafts();
    first.unmount();
    render(<NoteForm saved="Saved before" />);
    expect(box().value).toBe('Saved before, and typed since');
    // Given back once: the next time the screen opens, it shows what is saved.
    expect(keptDraftCount()).toBe(0);
  });

  it('keeps nothing from a box that was not typed in', () => {
    const first = render(<NoteForm saved="Saved before" />);
    keepDrafts();
    first.unmount();
    expect(keptDraftCount()).toBe(0);
  });

  it('keeps nothing in locked mode, where the next person at the screen is someone else', () => {
    keepDraftsAcrossLock(false);
    const first = render(<NoteForm />);
    fireEvent.change(box(), { target: { value: 'A child’s unfinished comment' } });
    keepDrafts();
    first.unmount();
    render(<NoteForm />);
    expect(box().value).toBe('');
  });

  it('drops a draft whose box did not come back before the next lock', () => {
    const first = render(<NoteForm />);
    fireEvent.change(box(), { target: { value: 'Typed into a form left closed' } });
    keepDrafts();
    first.unmount();
    expect(keptDraftCount()).toBe(1);
    keepDrafts();
    expect(keptDraftCount()).toBe(0);
  });
});
