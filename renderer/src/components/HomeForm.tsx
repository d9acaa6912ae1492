import { useState, type FormEvent, type ReactNode } from 'react';
import type { HomeFields } from '@contract/home';
import {
  homeFieldOrder,
  toHomeFields,
  validateHomeForm,
  type HomeFieldName,
  type HomeFormValues,
} from '../forms/homeForm';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { summaryItems } from '@shared/lib/formProblems';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
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
  const { problems, errors: fieldErrors, attempt, fail, failWith, clear } = useFormProblems();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const fieldId = (name: HomeFieldName) => `${idPrefix}-${name}`;

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
    if (invalid.length > 0) return fail(invalid);
    setSaving(true);
    try {
      const stored = await onSave(toHomeFields(values));
      if (stored) setValues(stored);
      clear();
      setSaved(true);
    } catch (error) {
      failWith(error);
    } finally {
      setSaving(false);
    }
  }

  const ids = Object.fromEntries(homeFieldOrder.map((name) => [name, fieldId(name)]));

  return (
    <form className="form" noValidate onSubmit={handler(submit)}>
      {problems && <ErrorSummary items={summaryItems(problems, ids)} attempt={attempt} />}
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
