import type { DutyStatus } from '@contract/duties';
import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

/** Records when a duty was last done (and, for a one-off, the date it must be done by). */
export function DutyDateForm({
  homeId,
  duty,
  onSaved,
}: {
  homeId: number;
  duty: DutyStatus;
  onSaved: (m: string) => void;
}) {
  const oneOff = duty.everyMonths === null;
  const save = useImprovementSave('duties.save', homeId);
  const form = useSaveForm({
    idPrefix: `duty-${duty.ref.replace(/[^a-z0-9]/gi, '-')}`,
    initial: {
      lastDoneOn: typedFromIso(duty.lastDoneOn),
      dueOn: typedFromIso(oneOff ? duty.nextDueOn : null),
    },
    read: (v, check) => {
      const d = check.dates({
        lastDoneOn: {
          text: v.lastDoneOn,
          what: oneOff ? 'the date it was done' : 'the date it was last done',
          required: false,
        },
        dueOn: { text: v.dueOn, what: 'the date it must be done by', required: false },
      });
      return {
        homeId,
        ...(duty.builtinKey ? { builtinKey: duty.builtinKey } : { id: duty.id! }),
        title: duty.title,
        everyMonths: duty.everyMonths,
        lastDoneOn: d.lastDoneOn,
        dueOn: oneOff ? d.dueOn : null,
      };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: () => onSaved(`Saved: ${duty.title}.`),
  });

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={`Dates for: ${duty.title}`}
    >
      <FormProblem message={form.general} />
      <DateField label={oneOff ? 'Date it was done' : 'Date it was last done'} {...form.bind('lastDoneOn')} />
      {oneOff && <DateField label="Date it must be done by" {...form.bind('dueOn')} />}
      <SubmitButton>Save dates</SubmitButton>
    </form>
  );
}

/** Adds a recurring duty of the home's own. */
export function OwnDutyForm({ homeId, onSaved }: { homeId: number; onSaved: (m: string) => void }) {
  const save = useImprovementSave('duties.save', homeId);
  const form = useSaveForm({
    idPrefix: 'own-duty',
    initial: { title: '', everyMonths: '12', lastDoneOn: '' },
    read: (v, check) => {
      const every = Number(v.everyMonths);
      check.found({
        title: v.title.trim() ? undefined : 'Enter the name of the duty',
        everyMonths:
          Number.isInteger(every) && every >= 1 && every <= 120
            ? undefined
            : 'Enter a number of months from 1 to 120',
      });
      const d = check.dates({
        lastDoneOn: { text: v.lastDoneOn, what: 'the date it was last done', required: false },
      });
      return { homeId, title: v.title, everyMonths: every, lastDoneOn: d.lastDoneOn, dueOn: null };
    },
    save: save.mutateAsync,
    // How often stays as typed: duties added together are often of the same rhythm.
    after: (v) => ({ ...v, title: '', lastDoneOn: '' }),
    onSaved: () => onSaved('Duty added to the calendar.'),
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="own-duty-heading">
      <h2 className="heading-m" id="own-duty-heading">
        Add a duty of your own
      </h2>
      <FormProblem message={form.general} />
      <TextField
        label="Duty"
        hint="For example: fire risk assessment review"
        autoComplete="off"
        {...form.bind('title')}
      />
      <TextField
        label="How often, in months"
        width="short"
        inputMode="numeric"
        autoComplete="off"
        {...form.bind('everyMonths')}
      />
      <DateField label="Date it was last done (optional)" {...form.bind('lastDoneOn')} />
      <SubmitButton>Add duty</SubmitButton>
    </form>
  );
}
