import { useState, type MouseEvent } from 'react';
import { Link } from 'wouter';
import { formatIsoDate, typedFromIso } from '@contract/rules/dates';
import type { Reg45Draft } from '@contract/reg45-draft';
import { FormProblem } from '@shared/actions/FormBits';
import { useToday } from '@improvement/api';
import type { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';
import { TextArea } from '@shared/ui/TextArea';
import { screenPaths } from '@shared/paths/screenPaths';
import { useReg45SignOff } from '../lib/useReg45Draft';
import { useVoiceData } from '../lib/useVoiceData';
import { draftPeriodWords, type Reg45DraftPeriod } from '../lib/reg45DraftPeriod';
import { reg45MonthsPeriod } from '@contract/reg45-draft';
import { reg45PeriodQuarters } from '@contract/rules/reg45-period-quarters';
import { groupsWithoutViews } from '@contract/rules/reg45-views';

/** "children, parents and staff". */
const listWords = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

const REASON_ID = 'reg45-periodReason';

/** The link in the period warning moves the focus to the reason box, as an error summary's links do. */
function goToReason(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const field = document.getElementById(REASON_ID);
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

interface Props {
  homeId: number;
  period: Reg45DraftPeriod;
  draft: Reg45Draft;
  defaultName: string;
  form: ReturnType<typeof useFormProblems>;
  /** Saves any words still waiting, so what is signed is what is on screen; throws if that failed. */
  beforeSigning: () => Promise<void>;
}

/**
 * Sign-off: the registered person's name and the date. Once signed, the draft's words are locked and the
 * printed review stops saying "Draft"; withdrawing the sign-off makes it a draft again.
 */
export function Reg45SignOff({ homeId, period, draft, defaultName, form, beforeSigning }: Props) {
  const today = useToday().data;
  const { sign, unsign } = useReg45SignOff(homeId, period);
  const [message, setMessage] = useState('');
  // Today's date until one is typed: the home's today, which arrives from the app.
  const dateShown = (typed: string | null) => typed ?? (today ? typedFromIso(today) : '');
  const signing = useSaveForm({
    initial: { signedBy: defaultName, signedOn: null as string | null, periodReason: '' },
    read: ({ signedBy, signedOn, periodReason }, check) => {
      // The reason is checked by the app, with the analysis, so both are asked for at once.
      check.found({ signedBy: signedBy.trim() ? undefined : 'Enter the name of the person signing off' });
      const d = check.dates({ signedOn: { text: dateShown(signedOn), what: 'the date of sign-off' } });
      return {
        signedBy,
        signedOn: d.signedOn!,
        ...(draft.periodProblem ? { periodReason } : {}),
      };
    },
    save: async (input) => {
      await beforeSigning();
      return sign.mutateAsync(input);
    },
    after: 'keep',
    onSaved: () => setMessage('Signed off. The printed review no longer says Draft.'),
    problems: form,
  });
  const typedDate = dateShown(signing.values.signedOn);
  const voice = useVoiceData(homeId);
  const { start, end } = reg45MonthsPeriod(period.firstMonth, period.lastMonth);
  const missing =
    voice.results && voice.feedback
      ? groupsWithoutViews({
          start,
          end,
          quarters: reg45PeriodQuarters(period.firstMonth, period.lastMonth).map((q) => q.quarter),
          surveys: voice.results.quarters,
          feedback: voice.feedback,
        })
      : [];

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
          {draft.periodReason && (
            <p>
              Signed off although its period did not follow on from the recorded Reg 45 periods, because:{' '}
              <span className="long-text">{draft.periodReason}</span>
            </p>
          )}
          <p>
            The words are locked while the review is signed off. To change them, withdraw the sign-off: until
            you sign it off again, the printed review says Draft and the review is no longer recorded as
            completed. If its record already says the report went to Ofsted or placing authorities, the record
            stays: send them the new report once it is signed.
          </p>
          <button type="button" className="button button--secondary" onClick={handler(withdraw)}>
            Withdraw the sign-off
          </button>
        </>
      ) : (
        <form className="form narrow" noValidate onSubmit={signing.onSubmit}>
          <p>
            Sign off when the analysis is finished. Until then, the printed review says Draft. Signing off
            completes the review: its Reg 45 record takes the date of sign-off, and the 28 days to send the
            report to Ofsted run from it.
          </p>
          {missing.length > 0 && (
            <div className="warning-text" role="note">
              <p>
                No view is recorded in this period from {listWords(missing)}. Regulation 45(5) asks the review
                to take into account the views of children, parents, placing authorities and staff: record
                them under Voice before signing off, or say in your analysis why they are missing.
              </p>
            </div>
          )}
          {draft.periodProblem && (
            <div className="warning-text" role="note" aria-labelledby="reg45-period-title">
              <h3 className="heading-s" id="reg45-period-title">
                This period does not follow on from the recorded Reg 45 periods
              </h3>
              <p>{draft.periodProblem}</p>
              <p>
                This draft’s period is {draftPeriodWords(period)}. If the recorded period is wrong, correct it
                under <Link href={screenPaths.reg45}>Inspections, Reg 45 reviews</Link>. If both are right,
                you can still sign off:{' '}
                <a href={`#${REASON_ID}`} onClick={goToReason}>
                  give your reason for signing off this period
                </a>
                , and it is kept with the sign-off.
              </p>
            </div>
          )}
          {draft.periodProblem && (
            <TextArea
              id={REASON_ID}
              label="Your reason for signing off this period"
              hint="For example, why this review covers different months from the recorded one."
              value={signing.values.periodReason}
              onChange={signing.set('periodReason')}
              error={form.errors.periodReason}
              rows={3}
            />
          )}
          <TextField
            id="reg45-signedBy"
            label="Name of the registered person signing off"
            value={signing.values.signedBy}
            onChange={signing.set('signedBy')}
            error={form.errors.signedBy}
            autoComplete="name"
            spellCheck={false}
          />
          <TextField
            id="reg45-signedOn"
            label="Date of sign-off"
            hint="Day, month and year, for example 14/09/2026"
            value={typedDate}
            onChange={signing.set('signedOn')}
            error={form.errors.signedOn}
            width="medium"
            inputMode="numeric"
            autoComplete="off"
          />
          <button type="submit" className="button" aria-disabled={signing.pending || undefined}>
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
