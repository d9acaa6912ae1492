import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { HomeFields } from '@contract/home';
import {
  formErrorsFrom,
  hasErrors,
  homeFieldOrder,
  toHomeFields,
  validateHomeForm,
  type FormErrors,
  type HomeFieldName,
  type HomeFormValues,
} from '../forms/homeForm';
import { ErrorSummary, type SummaryItem } from '@shared/ui/ErrorSummary';
import { TextField } from '@shared/ui/TextField';
import { handler } from '@shared/lib/background';

interface Props {
  /** Prefix for field ids, so two forms never share one. */
  idPrefix: string;
  initialValues: HomeFormValues;
  submitLabel: string;
  /**
   * Saves the home; throws an ApiError whose field messages are shown beside the fields. May return
   * the values as stored (trimmed, URN in capitals) to show them.
   */
  onSave: (fields: HomeFields) => Promise<HomeFormValues | void>;
  /** Announced in a live region once the save is confirmed, e.g. "Saved". */
  savedMessage?: string;
  /** Further buttons beside the main one. */
  children?: ReactNode;
}

export function HomeForm({ idPrefix, initialValues, submitLabel, onSave, savedMessage, children }: Props) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const showErrors = hasErrors(errors);
  const fieldId = (name: HomeFieldName) => `${idPrefix}-${name}`;

  useErrorInTitle(showErrors);

  function change(name: HomeFieldName) {
    return (value: string) => {
      setValues((previous) => ({ ...previous, [name]: value }));
      setSaved(false);
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    const invalid = validateHomeForm(values);
    if (invalid) return fail(invalid);
    setSaving(true);
    try {
      const stored = await onSave(toHomeFields(values));
      if (stored) setValues(stored);
      setErrors(null);
      setSaved(true);
    } catch (error) {
      fail(formErrorsFrom(error));
    } finally {
      setSaving(false);
    }
  }

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  const fieldErrors = errors?.fields ?? {};
  const summary: SummaryItem[] = [
    ...(errors?.general ? [{ message: errors.general }] : []),
    ...homeFieldOrder.flatMap((name) => {
      const message = fieldErrors[name];
      return message ? [{ message, fieldId: fieldId(name) }] : [];
    }),
  ];

  return (
    <form className="form" noValidate onSubmit={handler(submit)}>
      {showErrors && <ErrorSummary items={summary} attempt={attempt} />}
      <TextField
        id={fieldId('name')}
        label="Name of the home"
        value={values.name}
        onChange={change('name')}
        error={fieldErrors.name}
        autoComplete="off"
      />
      <TextField
        id={fieldId('urn')}
        label="Ofsted URN (optional)"
        hint="For example SC123456. Leave blank if the home is not registered yet."
        value={values.urn}
        onChange={change('urn')}
        error={fieldErrors.urn}
        width="medium"
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id={fieldId('registeredManager')}
        label="Registered manager (optional)"
        hint="Leave blank if the post is vacant."
        value={values.registeredManager}
        onChange={change('registeredManager')}
        error={fieldErrors.registeredManager}
        autoComplete="name"
        spellCheck={false}
      />
      <TextField
        id={fieldId('places')}
        label="Number of places"
        hint="How many children the home is registered to care for."
        value={values.places}
        onChange={change('places')}
        error={fieldErrors.places}
        width="short"
        inputMode="numeric"
        autoComplete="off"
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
        {children}
      </div>
      {savedMessage !== undefined && (
        <p className="status-message" role="status">
          {saved ? savedMessage : ''}
        </p>
      )}
    </form>
  );
}

/** GOV.UK convention: the page title starts "Error:" while the form shows errors. */
function useErrorInTitle(showErrors: boolean) {
  const hadErrors = useRef(false);
  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    if (showErrors || hadErrors.current) document.title = showErrors ? `Error: ${base}` : base;
    hadErrors.current = showErrors;
  }, [showErrors]);
}
