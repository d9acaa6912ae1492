import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { TextField } from '@shared/ui/TextField';
import { formatIsoDate } from '@contract/dates';
import { useRecordReg45 } from '../api/useRecordReg45';
import { parseCompletedOn } from '../lib/reg45Dates';
import { handler } from '@shared/lib/background';

/** Records the day a Reg 45 review was completed, typed as dd/mm/yyyy. */
export function Reg45Form({ homeId }: { homeId: number }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const record = useRecordReg45();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    setStatus('');
    const parsed = parseCompletedOn(text);
    if (!parsed.ok) return setError(parsed.message);
    try {
      await record.mutateAsync({ homeId, completedOn: parsed.iso });
      setError('');
      setText('');
      setStatus(`Saved. Reg 45 review completed on ${formatIsoDate(parsed.iso)} is recorded.`);
    } catch (failure) {
      setError((failure instanceof ApiError && failure.fields.completedOn) || messageOf(failure));
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
        error={error || undefined}
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
