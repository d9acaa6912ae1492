import type { Database } from 'better-sqlite3-multiple-ciphers';
import { formatIsoDate, todayIso } from '../../contract/rules/dates';
import type { Handlers } from '../../contract/operations';
import { reg45DraftMonths, reg45MonthsPeriod, type Reg45Draft } from '../../contract/reg45-draft';
import { reg45SignOffPeriodProblem } from '../../contract/rules/reg45-periods-sign-off';
import { ServiceError } from '../../contract/result';
import type { createHomesRepository } from '../homes/homes';
import { notInFuture } from '../../contract/rules/not-in-future';
import { createReg45Drafts, type DraftPeriod } from './reg45-drafts';
import { createRecordPublications } from '../hub-outbox/record-publications';
import { createReg45Repository } from './reg45';

const REASON_NEEDED = 'Give your reason for signing off this period, or correct the recorded period first';

type DraftOperation = Extract<keyof Handlers, `reg45Draft.${string}`>;

const SIGNED = new ServiceError(
  'conflict',
  'This review is signed off, so its words cannot change. Withdraw the sign-off first, then edit it and sign it again.',
);

/**
 * The registered person's analysis in the Reg 45 review draft, and its sign-off. A signed draft is
 * refused any change of words: the words signed are the words printed, and may already be with Ofsted.
 */
export function createReg45DraftHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now: () => Date = () => new Date(),
): Pick<Handlers, DraftOperation> {
  const drafts = createReg45Drafts(db);
  const records = createReg45Repository(db);
  // A connected home's Reg 45 record goes to its provider's hub in the sign-off's transaction.
  const hub = createRecordPublications(db, now);
  const home = (homeId: number) => homes.get(homeId).id;
  const at = () => now().toISOString();
  const periodProblem = (homeId: number, period: DraftPeriod) =>
    reg45SignOffPeriodProblem(
      reg45MonthsPeriod(period.firstMonth, period.lastMonth),
      records.rows(homeId).map((r) => ({ id: r.id, periodStart: r.period_start, periodEnd: r.period_end })),
    );
  // An unsigned draft says, before anyone signs, whether its period follows on from the recorded ones.
  const withProblem = (draft: Reg45Draft): Reg45Draft =>
    draft.signedBy === null ? { ...draft, periodProblem: periodProblem(draft.homeId, draft) } : draft;
  const current = (homeId: number, period: DraftPeriod) => withProblem(drafts.get(homeId, period));
  // A draft named by its quarter alone is the two quarters ending there, as before months were kept.
  const periodOf = (input: { quarter: string; firstMonth?: string; lastMonth?: string }): DraftPeriod => ({
    quarter: input.quarter,
    ...reg45DraftMonths(input),
  });

  return {
    'reg45Draft.get': (input) => current(home(input.homeId), periodOf(input)),
    'reg45Draft.list': ({ homeId }) => drafts.list(home(homeId)).map(withProblem),
    'reg45Draft.save': db.transaction((input) => {
      const { homeId, analysis, standards } = input;
      const period = periodOf(input);
      if (drafts.get(home(homeId), period).signedBy !== null) throw SIGNED;
      // A standard with nothing but spaces is left out, so the print view shows only what was written.
      const written = Object.fromEntries(
        Object.entries(standards as Record<string, string | undefined>).filter(
          (entry): entry is [string, string] => !!entry[1]?.trim(),
        ),
      );
      drafts.save(homeId, period, analysis, written, at());
      return current(homeId, period);
    }),
    'reg45Draft.sign': db.transaction((input) => {
      const { homeId, signedBy, signedOn, periodReason } = input;
      const period = periodOf(input);
      const draft = drafts.get(home(homeId), period);
      // A period out of step with the recorded ones is signed off only with a reason, which is kept:
      // the manager is never stopped from producing the report, but the mismatch is not passed over.
      // Both things sign-off needs written are asked for at once, each beside its own box.
      const problem = periodProblem(homeId, period);
      const reason = problem ? periodReason?.trim() || null : null;
      const unwritten = draft.analysis.trim() === '';
      if (unwritten || (problem && !reason)) {
        throw new ServiceError(
          'invalid_input',
          problem && !unwritten ? problem : 'Write your analysis before signing off the review.',
          {
            ...(unwritten && { analysis: 'Write your analysis of the quality of care before signing off' }),
            ...(problem && !reason && { periodReason: REASON_NEEDED }),
          },
        );
      }
      notInFuture(signedOn, todayIso(now()), 'signedOn', 'date of sign-off');
      const { start, end } = reg45MonthsPeriod(period.firstMonth, period.lastMonth);
      if (signedOn < start) {
        throw new ServiceError('invalid_input', 'The review cannot be signed off before its period starts.', {
          signedOn: `Enter a date on or after ${formatIsoDate(start)}, the start of the review period`,
        });
      }
      drafts.sign(homeId, period, { signedBy, signedOn, periodReason: reason }, at());
      // Signing off completes the review: the period's Reg 45 record starts the 28 days to Ofsted.
      records.completePeriod(homeId, start, end, signedOn);
      hub.reg45(homeId);
      return current(homeId, period);
    }),
    'reg45Draft.unsign': db.transaction((input) => {
      const { homeId } = input;
      const period = periodOf(input);
      const { signedOn } = drafts.get(home(homeId), period);
      drafts.sign(homeId, period, null, at());
      if (signedOn !== null) {
        const { start, end } = reg45MonthsPeriod(period.firstMonth, period.lastMonth);
        records.releasePeriod(homeId, start, end, signedOn);
        hub.reg45(homeId);
      }
      return current(homeId, period);
    }),
  };
}
