import type { ReactNode } from 'react';
import type { HomeFields } from '@contract/home';
import {
  homeFieldOrder,
  toHomeFields,
  validateHomeForm,
  type HomeFieldName,
  type HomeFormValues,
} from '../forms/homeForm';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { summaryItems } from '@shared/lib/formProblems';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { TextField } from '@shared/ui/TextField';

interface Props {
  /**
   * The registered provider and responsible individual (Settings): first run asks only what a new home
   * needs, and these are added later.
   */
  providerFields?: boolean;
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

export function HomeForm({
  idPrefix,
  initialValues,
  submitLabel,
  onSave,
  savedMessage,
  providerFields = false,
  children,
}: Props) {
  const form = useSaveForm({
    initial: initialValues,
    read: (values, check) => {
      check.add(validateHomeForm(values));
      return toHomeFields(values);
    },
    save: onSave,
    // The values as stored (trimmed, the URN in capitals), when the save gives them back.
    after: (typed, stored) => stored ?? typed,
    savedMessage: () => savedMessage ?? '',
  });
  const { values, errors: fieldErrors, problems, attempt } = form;
  const fieldId = (name: HomeFieldName) => `${idPrefix}-${name}`;

  /** What each field's TextField takes from the form: its id, value, change (which clears "Saved") and error. */
  const field = (name: HomeFieldName) => ({
    id: fieldId(name),
    value: values[name],
    onChange: (value: string) => {
      form.set(name)(value);
      form.setStatus('');
    },
    error: fieldErrors[name],
  });

  const ids = Object.fromEntries(homeFieldOrder.map((name) => [name, fieldId(name)]));

  return (
    <form className="form" noValidate onSubmit={form.onSubmit}>
      {problems && <ErrorSummary items={summaryItems(problems, ids)} attempt={attempt} />}
      <TextField {...field('name')} label="Name of the home" autoComplete="off" />
      <TextField
        {...field('urn')}
        label="Ofsted URN (optional)"
        hint="For example SC123456. Leave blank if the home is not registered yet."
        width="medium"
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        {...field('registeredManager')}
        label="Registered manager (optional)"
        hint="Leave blank if the post is vacant."
        autoComplete="name"
        spellCheck={false}
      />
      {providerFields && (
        <>
          <TextField
            {...field('provider')}
            label="Registered provider (optional)"
            hint="The organisation registered with Ofsted to run the home. The Reg 45 report names it."
            autoComplete="organization"
            spellCheck={false}
          />
          <TextField
            {...field('responsibleIndividual')}
            label="Responsible individual (optional)"
            hint="The provider's responsible individual, who signs the Reg 45 report with you."
            autoComplete="off"
            spellCheck={false}
          />
        </>
      )}
      <TextField
        {...field('places')}
        label="Number of places"
        hint="How many children the home is registered to care for."
        width="short"
        inputMode="numeric"
        autoComplete="off"
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {submitLabel}
        </button>
        {children}
      </div>
      {savedMessage !== undefined && (
        <p className="status-message" role="status">
          {form.status}
        </p>
      )}
    </form>
  );
}
