// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Framework } from '@contract/framework';
import type { RecordFact } from '@contract/rules/records-say';
import { factNoteText, RecordsSay } from './RecordsSay';
import { SameAsLastQuarter } from './SameAsLastQuarter';

afterEach(() => {
  document.body.innerHTML = '';
});

const labels: Framework['ratingLabels'] = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement to be good',
  1: 'Inadequate',
  0: 'Not enough evidence yet',
};
const previous = { quarter: '2026-Q3', rating: 3 as const, note: 'Walk-round log, weekly.' };
const same = (extra: Partial<Parameters<typeof SameAsLastQuarter>[0]> = {}) => {
  const onConfirm = vi.fn();
  render(
    <SameAsLastQuarter
      id="x-same"
      previous={previous}
      ceiling={null}
      labels={labels}
      confirmed={false}
      checkedOn={null}
      onConfirm={onConfirm}
      {...extra}
    />,
  );
  return onConfirm;
};

describe('Same as last quarter, checked today', () => {
  it('is one button, with its key, saying what it keeps', () => {
    const onConfirm = same();
    const button = screen.getByRole('button', { name: 'Same as last quarter, checked today' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('S');
    expect(document.getElementById('x-same-hint')?.textContent).toMatch(
      /keeps last quarter's rating \(Good\)/,
    );
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('says when it was confirmed, and how to undo it', () => {
    same({ confirmed: true, checkedOn: '2026-12-07' });
    expect(document.body.textContent).toMatch(/Same as last quarter \(Good\), checked on 7 December 2026\./);
    expect(document.body.textContent).toMatch(/Changing the rating or the note makes it this quarter's own/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('is not offered where the records now point lower, and says why', () => {
    same({ ceiling: 2 });
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.body.textContent).toMatch(/records now suggest Requires improvement to be good/);
  });

  it('shows nothing for an indicator with no last quarter', () => {
    same({ previous: null });
    expect(document.body.textContent).toBe('');
  });
});

describe('Your records say, into the note', () => {
  const fact: RecordFact = {
    indicatorKey: 'safe.reg44',
    text: 'Reg 44 records: 1 recommendation is not yet answered.',
    link: '#/inspections',
    linkText: 'Reg 44 visits',
    ceiling: 2,
  };

  it('adds a fact with its source, once', () => {
    const onAdd = vi.fn();
    render(<RecordsSay facts={[fact]} id="r" note="" onAdd={onAdd} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add to note' }));
    expect(onAdd).toHaveBeenCalledWith(fact);
    expect(factNoteText(fact)).toBe(
      'Reg 44 records: 1 recommendation is not yet answered. (Source: Reg 44 visits.)',
    );
    document.body.innerHTML = '';
    render(<RecordsSay facts={[fact]} id="r" note={factNoteText(fact)} onAdd={onAdd} />);
    expect(screen.queryByRole('button', { name: 'Add to note' })).toBeNull();
    expect(document.body.textContent).toMatch(/\(in the note\)/);
  });
});
