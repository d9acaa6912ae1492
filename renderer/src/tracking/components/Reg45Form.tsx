import { useState, type FormEvent } from 'react';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { TextField } from '@shared/ui/TextField';
import { formatIsoDate, parseTypedDate } from '@contract/rules/dates';
import { useRecordReg45 } from '../api/useRecordReg45';
import { parseCompletedOn } from '../lib/reg45Dates';
import { handler } from '@shared/lib/background';

const SENT_ON = {
  empty: '',
  future: 'Enter a date that is today or earlier',
  example: '28/09/2026',
};

/**
 * Records the day a Reg 45 review was completed and, in the same form, whether and when its report went
 * to Ofsted, so recording an old review does not at once raise "the report to Ofsted is late".
 */
export function Reg45Form({ homeId }: { homeId: number }) {
  const [text, setText] = useState('');
  const [sentText, setSentText] = useState('');
  const form = useFormProblems();
  const [status, setStatus] = useState('');
  const record = useRecordReg45();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    setStatus('');
    const parsed = parseCompletedOn(text);
    if (!parsed.ok) return form.fail([{ message: parsed.message, field: 'completedOn' }]);
    const sent = sentText.trim() ? parseTypedDate(sentText, SENT_ON) : null;
    if (sent && !sent.ok) return form.fail([{ message: sent.message, field: 'sentToOfstedOn' }]);
    try {
      await record.mutateAsync({ homeId, completedOn: parsed.iso, sentToOfstedOn: sent?.iso ?? null });
      form.clear();
      setText('');
      setSentText('');
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
        error={
          form.errors.completedOn ?? (form.errors.sentToOfstedOn ? undefined : form.problems?.[0]?.message)
        }
        width="medium"
        autoComplete="off"
      />
      <TextField
        id="reg45-sent-on"
        label="Date the report was sent to Ofsted (if it has gone)"
        hint="Leave it empty if it has not gone yet: the report goes to Ofsted within 28 days of the review's completion. For example 28/09/2026"
        value={sentText}
        onChange={(value) => {
          setSentText(value);
          setStatus('');
        }}
        error={form.errors.sentToOfstedOn}
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
