import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';
import { formatIsoDate } from '@contract/rules/dates';
import { useRecordReg45 } from '../api/useRecordReg45';
import { parseCompletedOn } from '../lib/reg45Dates';

/** Records the day a Reg 45 review was completed, typed as dd/mm/yyyy. */
export function Reg45Form({ homeId }: { homeId: number }) {
  const record = useRecordReg45();
  const form = useSaveForm({
    initial: { completedOn: '' },
    read: ({ completedOn }, check) => {
      const parsed = parseCompletedOn(completedOn);
      if (!parsed.ok) check.found({ completedOn: parsed.message });
      return { homeId, completedOn: parsed.ok ? parsed.iso : '' };
    },
    save: record.mutateAsync,
    savedMessage: (_r, input) =>
      `Saved. Reg 45 review completed on ${formatIsoDate(input.completedOn)} is recorded.`,
  });

  return (
    <form className="form reg45-form" noValidate onSubmit={form.onSubmit}>
      <TextField
        id="reg45-completed-on"
        label="Date a Reg 45 review was completed"
        hint="For example 14/09/2026"
        value={form.values.completedOn}
        onChange={(value) => {
          form.set('completedOn')(value);
          form.setStatus('');
        }}
        error={form.errors.completedOn ?? form.problems?.[0]?.message}
        width="medium"
        autoComplete="off"
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Record date
        </button>
      </div>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
