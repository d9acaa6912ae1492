import { useState, type FormEvent } from 'react';
import { formatIsoDate, typedFromIso } from '@contract/rules/dates';
import type { Reg45Draft } from '@contract/reg45-draft';
import { FormProblem } from '@shared/actions/FormBits';
import { useToday } from '@improvement/api';
import type { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { TextField } from '@shared/ui/TextField';
import { useReg45SignOff } from '../lib/useReg45Draft';

interface Props {
  homeId: number;
  quarter: string;
  draft: Reg45Draft;
  defaultName: string;
  form: ReturnType<typeof useFormProblems>;
  /** Saves any words still waiting, so what is signed is what is on screen; false if that failed. */
  beforeSigning: () => Promise<boolean>;
}

/**
 * Sign-off: the registered person's name and the date. Once signed, the draft's words are locked and the
 * printed review stops saying "Draft"; withdrawing the sign-off makes it a draft again.
 */
export function Reg45SignOff({ homeId, quarter, draft, defaultName, form, beforeSigning }: Props) {
  const today = useToday().data;
  const [name, setName] = useState(defaultName);
  const [date, setDate] = useState<string | null>(null);
  const { sign, unsign } = useReg45SignOff(homeId, quarter);
  const [message, setMessage] = useState('');
  const typedDate = date ?? (today ? typedFromIso(today) : '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sign.isPending) return;
    const found: Record<string, string> = name.trim()
      ? {}
      : { signedBy: 'Enter the name of the person signing off' };
    const d = form.readDates({ signedOn: { text: typedDate, what: 'the date of sign-off' } }, found);
    if (!d || !(await beforeSigning())) return;
    try {
      await sign.mutateAsync({ signedBy: name, signedOn: d.signedOn! });
      form.clear();
      setMessage('Signed off. The printed review no longer says Draft.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  async function withdraw() {
    if (unsign.isPending) return;
    try {
      await unsign.mutateAsync();
      setMessage(
        'Sign-off withdrawn. This is a draft again: you can change the words, then sign it off again.',
      );
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <section className="section" aria-labelledby="reg45-signoff-title">
      <h2 className="heading-l" id="reg45-signoff-title">
        Sign-off
      </h2>
      <FormProblem message={form.general} />
      {draft.signedBy ? (
        <>
          <p className="body-l">
            Signed off by <span className="long-text">{draft.signedBy}</span> on{' '}
            {formatIsoDate(draft.signedOn!)}.
          </p>
          <p>
            The words are locked while the review is signed off. To change them, withdraw the sign-off: the
            printed review will say Draft again until you sign it off again. If the signed report has already
            gone to Ofsted or placing authorities, send them the new one once it is signed.
          </p>
          <button type="button" className="button button--secondary" onClick={handler(withdraw)}>
            Withdraw the sign-off
          </button>
        </>
      ) : (
        <form className="form narrow" noValidate onSubmit={handler(submit)}>
          <p>Sign off when the analysis is finished. Until then, the printed review says Draft.</p>
          <TextField
            id="reg45-signedBy"
            label="Name of the registered person signing off"
            value={name}
            onChange={setName}
            error={form.errors.signedBy}
            autoComplete="name"
            spellCheck={false}
          />
          <TextField
            id="reg45-signedOn"
            label="Date of sign-off"
            hint="Day, month and year, for example 14/09/2026"
            value={typedDate}
            onChange={setDate}
            error={form.errors.signedOn}
            width="medium"
            inputMode="numeric"
            autoComplete="off"
          />
          <button type="submit" className="button" aria-disabled={sign.isPending || undefined}>
            Sign off the review
          </button>
        </form>
      )}
      <p className="status-message" role="status">
        {message}
      </p>
    </section>
  );
}
