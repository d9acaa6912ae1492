import { useRef, useState, type FormEvent } from 'react';
import { useFormProblems } from '../hooks/useFormProblems';
import { inBackground } from '../lib/background';
import { problemsFrom, type FormProblems } from '../lib/formProblems';
import { Reading } from './Reading';

/** The names of a form's fields that hold typed text. */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface SaveFormOptions<V extends object, I, R> {
  /**
   * Field ids are `${idPrefix}-${name}`: a problem is shown beside its field and the first such field
   * takes the focus. Without it, the form shows an error summary, which takes the focus itself.
   */
  idPrefix?: string;
  /** The fields as the form opens: what the person sees and types over. */
  initial: V;
  /** Turns the typed values into what the save takes, noting any problem on `check`; nothing is saved then. */
  read: (values: V, check: Reading) => I;
  /** The save; a refusal (the app's problems as data, thrown as an ApiError) is shown beside the fields. */
  save: (input: I) => Promise<R>;
  /** After a save: tell the person, close the form, move on. */
  onSaved?: (result: R, input: I, values: V) => void;
  /**
   * What the fields hold after a save: the initial values again, ready for the next entry (the default);
   * the same values ('keep': the form closes, or shows what it saved); or what this returns, given
   * the values as they are and what the save returned (such as the values as stored).
   */
  after?: 'reset' | 'keep' | ((saved: V, result: R) => V);
  /** The field that takes the focus after a save, ready for the next entry. */
  focusAfter?: string;
  /** Fields emptied when the save is refused, such as a PIN; every other typed value is kept. */
  forgetOnFailure?: readonly (keyof V)[];
  /** Said in the form's status line after a save (cleared when the next submit starts). */
  savedMessage?: (result: R, input: I, values: V) => string;
  /** The page's one model of problems, when the form shares it with the rest of the page. */
  problems?: ReturnType<typeof useFormProblems>;
  /**
   * The form's field for a field the contract names otherwise (an agenda's "added.3" is the one box
   * typed here), so a problem, found here or by the app, is shown beside the field that is on the page.
   */
  fieldOf?: (field: string) => string;
}

/**
 * The routine every save form shares: typed values, read and checked on submit (dates included), a
 * second submit ignored while the first is saving, then the fields reset and the focus moved, or, when
 * the save is refused or fails, every typed value kept and the problem shown beside its field.
 */
export function useSaveForm<V extends object, I, R>(options: SaveFormOptions<V, I, R>) {
  const { idPrefix } = options;
  const own = useFormProblems(idPrefix);
  const form = options.problems ?? own;
  const [values, setValues] = useState<V>(options.initial);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  // A ref, not state: two presses in one moment both see the first one's save under way.
  const busy = useRef(false);

  async function submit(): Promise<void> {
    if (busy.current) return;
    const { read, save, onSaved, after = 'reset', focusAfter, forgetOnFailure = [], savedMessage } = options;
    const { fieldOf } = options;
    const onPage = (problems: FormProblems) =>
      fieldOf ? problems.map((p) => (p.field ? { ...p, field: fieldOf(p.field) } : p)) : problems;
    setStatus('');
    const check = new Reading();
    const input = read(values, check);
    if (check.problems.length > 0) return form.fail(onPage(check.problems));
    busy.current = true;
    setPending(true);
    let result: R;
    try {
      result = await save(input);
    } catch (failure) {
      if (forgetOnFailure.length > 0)
        setValues((now) => ({ ...now, ...Object.fromEntries(forgetOnFailure.map((k) => [k, ''])) }));
      form.fail(onPage(problemsFrom(failure)));
      return;
    } finally {
      busy.current = false;
      setPending(false);
    }
    form.clear();
    if (after === 'reset') setValues(options.initial);
    // Over what is there now, so anything typed while the save was under way stays.
    else if (after !== 'keep') setValues((now) => after(now, result));
    if (savedMessage) setStatus(savedMessage(result, input, values));
    onSaved?.(result, input, values);
    if (focusAfter && idPrefix) document.getElementById(`${idPrefix}-${focusAfter}`)?.focus();
  }

  return {
    ...form,
    values,
    setValues,
    /** True while the save is under way: the submit button says so, and presses are ignored. */
    pending,
    /** What the form last said in its status line, such as "Settings saved." */
    status,
    setStatus,
    /** The form's submit handler. */
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      inBackground(submit());
    },
    /** A change handler for one field. */
    set:
      <K extends keyof V>(key: K) =>
      (value: V[K]) =>
        setValues((now) => ({ ...now, [key]: value })),
    /** A text field's id, value, change handler and problem, so a form writes only its label and hint. */
    bind: (key: TextKey<V>) => ({
      id: `${idPrefix}-${key}`,
      value: values[key] as string,
      onChange: (value: string) => setValues((now) => ({ ...now, [key]: value })),
      error: form.errors[key],
    }),
  };
}
