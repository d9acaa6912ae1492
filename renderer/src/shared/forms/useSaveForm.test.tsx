// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { DateField } from '../ui/DateField';
import { TextField } from '../ui/TextField';
import { useSaveForm, type SaveFormOptions } from './useSaveForm';

afterEach(cleanup);

interface Values {
  visitor: string;
  visited: string;
}
interface Input {
  visitor: string;
  visitedOn: string;
}
type Options = Partial<SaveFormOptions<Values, Input, string>>;

/** A Reg 44 visit form, written as the app's forms are written with the hook. */
function VisitForm({ save, ...options }: Options & { save: (input: Input) => Promise<string> }) {
  const form = useSaveForm<Values, Input, string>({
    idPrefix: 'visit',
    initial: { visitor: '', visited: '' },
    read: (v, check) => {
      check.found({ visitor: v.visitor.trim() ? undefined : 'Enter the independent person' });
      const d = check.dates({ visitedOn: { text: v.visited, what: 'the date of the visit' } });
      return { visitor: v.visitor, visitedOn: d.visitedOn! };
    },
    save,
    savedMessage: (result) => result,
    ...options,
  });
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Visit">
      {form.general && <p className="error-message">{form.general}</p>}
      <TextField label="Independent person" {...form.bind('visitor')} />
      <DateField
        id="visit-visitedOn"
        label="Date of the visit"
        value={form.values.visited}
        onChange={form.set('visited')}
        error={form.errors.visitedOn}
      />
      <button type="submit" aria-disabled={form.pending || undefined}>
        Save visit
      </button>
      <p role="status">{form.status}</p>
    </form>
  );
}

const visitor = () => screen.getByLabelText<HTMLInputElement>('Independent person');
const visited = () => screen.getByLabelText<HTMLInputElement>('Date of the visit');

function typeVisit(name = 'A. Visitor', date = '14/09/2026') {
  fireEvent.change(visitor(), { target: { value: name } });
  fireEvent.change(visited(), { target: { value: date } });
}

const submit = () => fireEvent.submit(screen.getByRole('form', { name: 'Visit' }));

/** A save the test settles when it chooses. */
function heldSave() {
  let settle: { resolve: (v: string) => void; reject: (e: unknown) => void } | undefined;
  const save = vi.fn(
    (_input: Input) =>
      new Promise<string>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return { save, settle: () => settle! };
}

describe('useSaveForm', () => {
  it('saves what was typed, read into the input the save takes', async () => {
    const save = vi.fn(async (_input: Input) => 'Visit recorded.');
    render(<VisitForm save={save} />);
    typeVisit();
    submit();
    expect(await screen.findByText('Visit recorded.')).toBeTruthy();
    expect(save).toHaveBeenCalledExactlyOnceWith({ visitor: 'A. Visitor', visitedOn: '2026-09-14' });
  });

  it('saves once when the form is submitted again while the first save is under way', async () => {
    const { save, settle } = heldSave();
    render(<VisitForm save={save} />);
    typeVisit();
    submit();
    submit();
    expect(screen.getByRole('button', { name: 'Save visit' }).getAttribute('aria-disabled')).toBe('true');
    submit();
    settle().resolve('Visit recorded.');
    expect(await screen.findByText('Visit recorded.')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Save visit' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('empties the fields after a save and moves the focus where the form says', async () => {
    const onSaved = vi.fn();
    render(<VisitForm save={async () => 'Visit recorded.'} onSaved={onSaved} focusAfter="visitedOn" />);
    typeVisit();
    submit();
    expect(await screen.findByText('Visit recorded.')).toBeTruthy();
    expect(visitor().value).toBe('');
    expect(visited().value).toBe('');
    expect(document.activeElement).toBe(visited());
    expect(onSaved).toHaveBeenCalledExactlyOnceWith(
      'Visit recorded.',
      { visitor: 'A. Visitor', visitedOn: '2026-09-14' },
      { visitor: 'A. Visitor', visited: '14/09/2026' },
    );
  });

  it('keeps the fields after a save when the form says so', async () => {
    render(<VisitForm save={async () => 'Saved.'} after="keep" />);
    typeVisit();
    submit();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(visitor().value).toBe('A. Visitor');
  });

  it('keeps every typed value when the app refuses the save, and says why beside the field', async () => {
    const refusal = new ApiError({
      code: 'invalid_input',
      message: 'Check the visit.',
      fields: { visitedOn: 'Enter a date that is today or earlier' },
    });
    const onSaved = vi.fn();
    render(<VisitForm save={() => Promise.reject(refusal)} onSaved={onSaved} />);
    typeVisit('A. Visitor', '14/09/2099');
    submit();
    const message = await screen.findByText('Enter a date that is today or earlier');
    expect(message.closest('p')?.id).toBe('visit-visitedOn-error');
    expect(visited().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(visited());
    expect(visitor().value).toBe('A. Visitor');
    expect(visited().value).toBe('14/09/2099');
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('keeps every typed value when the save throws, and says so for the whole form', async () => {
    const { save, settle } = heldSave();
    render(<VisitForm save={save} />);
    typeVisit();
    submit();
    settle().reject(new Error('disk unplugged'));
    expect(await screen.findByText(/Something went wrong. Try again/)).toBeTruthy();
    expect(visitor().value).toBe('A. Visitor');
    expect(visited().value).toBe('14/09/2026');
    // The form can be sent again once the failed save is over.
    submit();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('empties only the fields the form names when a save is refused, such as a PIN', async () => {
    const refusal = new ApiError({
      code: 'forbidden',
      message: 'That is not right.',
      fields: { visitor: 'No' },
    });
    render(<VisitForm save={() => Promise.reject(refusal)} forgetOnFailure={['visited']} />);
    typeVisit();
    submit();
    expect(await screen.findByText('No')).toBeTruthy();
    expect(visited().value).toBe('');
    expect(visitor().value).toBe('A. Visitor');
  });

  it('shows a problem the contract names otherwise beside the field on the page', async () => {
    const refusal = new ApiError({
      code: 'invalid_input',
      message: 'Check the visit.',
      fields: { 'visitors.0': 'Enter a name of 200 characters or fewer' },
    });
    const fieldOf = (field: string) => (field.startsWith('visitors.') ? 'visitor' : field);
    render(<VisitForm save={() => Promise.reject(refusal)} fieldOf={fieldOf} />);
    typeVisit();
    submit();
    const message = await screen.findByText('Enter a name of 200 characters or fewer');
    expect(message.closest('p')?.id).toBe('visit-visitor-error');
    expect(document.activeElement).toBe(visitor());
  });

  it('saves nothing while the page finds problems, shows each beside its field and focuses the first', () => {
    const save = vi.fn(async () => 'Saved.');
    render(<VisitForm save={save} />);
    fireEvent.change(visited(), { target: { value: '31/02/2026' } });
    submit();
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText('Enter the independent person')).toBeTruthy();
    expect(
      screen.getByText('Enter the date of the visit as a real date, for example 14/09/2026'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(visitor());
    expect(visited().value).toBe('31/02/2026');
  });
});
