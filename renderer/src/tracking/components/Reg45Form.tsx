import { useState, type FormEvent } from 'react';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { TextField } from '@shared/ui/TextField';
import { formatIsoDate } from '@contract/rules/dates';
import { useRecordReg45 } from '../api/useRecordReg45';
import { parseCompletedOn } from '../lib/reg45Dates';
import { handler } from '@shared/lib/background';

/** Records the day a Reg 45 review was completed, typed as dd/mm/yyyy. */
export function Reg45Form({ homeId }: { homeId: number }) {
  const [text, setText] = useState('');
  const form = useFormProblems();
  const [status, setStatus] = useState('');
  const record = useRecordReg45();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    setStatus('');
    const parsed = parseCompletedOn(text);
    if (!parsed.ok) return form.fail([{ message: parsed.message, field: 'completedOn' }]);
    try {
      await record.mutateAsync({ homeId, completedOn: parsed.iso });
      form.clear();
      setText('');
      setStatus(`Saved. Reg 45 review completed on ${formatIsoDate(parsed.iso)} is recorded.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form reg45-form" noValidate onSubmit={handler(submit)}>
      <TextField
        id="reg45-completed-on"
        label="Date a Reg 45 review was completed"
        hint="For example 14/09/2026"
        value={text}
        onChange={(value) => {
          setText(value);
          setStatus('');
        }}
        error={form.errors.completedOn ?? form.problems?.[0]?.message}
        width="medium"
        autoComplete="off"
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
          Record date
        </button>
      </div>
      <p className="status-message" role="status">
        {status}
      </p>
    </form>
  );
}
