import { Link, useParams } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import { QUARTER_PATTERN } from '@contract/rules/quarters';
import {
  QUALITY_STANDARDS,
  reg45MonthsPeriod,
  REG45_REGULATIONS,
  type Reg45Draft,
} from '@contract/reg45-draft';
import { useHome } from '@shared/currentHomeContext';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { useAutosavedDraft } from '@review';
import { useOfferedDraftPeriod, useReg45Draft, useSaveReg45Draft } from '../lib/useReg45Draft';
import { draftPeriodPrintPath, draftPeriodWords, type Reg45DraftPeriod } from '../lib/reg45DraftPeriod';
import { Reg45AnalysisFields, type AnalysisValues } from '../parts/Reg45AnalysisFields';
import { Reg45SignOff } from '../parts/Reg45SignOff';
import { EarlierWords, hasWords } from '../parts/EarlierWords';

/** The signed words, read-only: what the printed review shows. */
function SignedWords({ draft }: { draft: Reg45Draft }) {
  return (
    <>
      <h3 className="heading-m">Your analysis of the quality of care</h3>
      <div className="long-text">{draft.analysis}</div>
      {REG45_REGULATIONS.filter((reg) => draft.standards[String(reg)]).map((reg) => (
        <div key={reg}>
          <h3 className="heading-s">
            Regulation {reg}: {QUALITY_STANDARDS[reg]}
          </h3>
          <div className="long-text">{draft.standards[String(reg)]}</div>
        </div>
      ))}
    </>
  );
}

function Editor({
  homeId,
  period,
  saved,
  defaultName,
}: {
  homeId: number;
  period: Reg45DraftPeriod;
  saved: Reg45Draft;
  defaultName: string;
}) {
  const save = useSaveReg45Draft(homeId, period);
  const form = useFormProblems('reg45');
  // The words kept on this computer while typing belong to the draft's own period.
  const local = period.twoQuarters ? period.quarter : `${period.firstMonth}-${period.lastMonth}`;
  const autosave = useAutosavedDraft<AnalysisValues>(
    `reg45-draft-${homeId}-${local}`,
    () => ({ analysis: saved.analysis, standards: saved.standards }),
    save,
  );

  async function beforeSigning(): Promise<void> {
    await autosave.flush();
    await save(autosave.values); // once more, so a save that failed above is not signed unseen
  }

  return (
    <>
      <section className="section" aria-labelledby="reg45-words-title">
        <h2 className="heading-l" id="reg45-words-title">
          In your own words
        </h2>
        {saved.signedBy ? (
          <SignedWords draft={saved} />
        ) : (
          <>
            <EarlierWords
              homeId={homeId}
              period={period}
              empty={!hasWords(autosave.values)}
              onCopy={(words) => autosave.update(words, 'now')}
            />
            <Reg45AnalysisFields draft={autosave} analysisError={form.errors.analysis} />
          </>
        )}
      </section>
      <Reg45SignOff
        homeId={homeId}
        period={period}
        draft={saved}
        defaultName={defaultName}
        form={form}
        beforeSigning={beforeSigning}
      />
    </>
  );
}

/**
 * Where the registered person writes their own analysis for the six-monthly Reg 45 review and signs it
 * off. The words are autosaved with the draft and printed in it; the draft says "Draft" until signed.
 */
export function Reg45AnalysisScreen() {
  usePageTitle('Your analysis for the Reg 45 review');
  const quarter = useParams<{ reportQuarter: string }>().reportQuarter ?? '';
  const { home } = useHome();
  // The period follows the home's recorded Reg 45 cycle, so the records are read before the draft.
  const offered = useOfferedDraftPeriod(home.id, quarter);
  const period = offered.period;
  const draft = useReg45Draft(home.id, period);
  const dates = period ? reg45MonthsPeriod(period.firstMonth, period.lastMonth) : null;
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Your analysis for the Reg 45 review</PageHeading>
      {period && dates && (
        <p className="body-l">
          {period.twoQuarters
            ? `The six months from ${formatIsoDate(dates.start)} to ${formatIsoDate(dates.end)} (${draftPeriodWords(period)}).`
            : `${draftPeriodWords(period)}: from ${formatIsoDate(dates.start)} to ${formatIsoDate(dates.end)}, following on from the home’s recorded Reg 45 periods.`}
        </p>
      )}
      {period && (
        <p>
          Your words are saved as you type and printed in the{' '}
          <Link href={draftPeriodPrintPath(home.id, period)}>Reg 45 review draft</Link>, after what Hallmarks
          prepares from the home’s records. For another period, choose its last quarter on{' '}
          <Link href="/reports">Reports</Link>.
        </p>
      )}
      {!QUARTER_PATTERN.test(quarter) ? (
        <p role="alert">
          There is no such quarter. Choose the period’s last quarter on <Link href="/reports">Reports</Link>.
        </p>
      ) : period && draft.data ? (
        <Editor
          key={`${home.id}-${period.quarter}-${period.firstMonth}-${period.lastMonth}`}
          homeId={home.id}
          period={period}
          saved={draft.data}
          defaultName={home.registeredManager ?? ''}
        />
      ) : (
        <LoadingOrError
          error={offered.error ?? draft.error}
          onRetry={() => (offered.error ? offered.refetch() : draft.refetch())}
        />
      )}
    </div>
  );
}
