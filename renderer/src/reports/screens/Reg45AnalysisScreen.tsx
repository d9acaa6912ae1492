import { Link, useParams } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import { addQuarters, QUARTER_PATTERN, quarterLabel } from '@contract/rules/quarters';
import { QUALITY_STANDARDS, reg45Period, REG45_REGULATIONS, type Reg45Draft } from '@contract/reg45-draft';
import { reportPath } from '@contract/reports';
import { useHome } from '@shared/currentHomeContext';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { useAutosavedDraft } from '@review';
import { useReg45Draft, useSaveReg45Draft } from '../lib/useReg45Draft';
import { Reg45AnalysisFields, type AnalysisValues } from '../parts/Reg45AnalysisFields';
import { Reg45SignOff } from '../parts/Reg45SignOff';

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
  quarter,
  saved,
  defaultName,
}: {
  homeId: number;
  quarter: string;
  saved: Reg45Draft;
  defaultName: string;
}) {
  const save = useSaveReg45Draft(homeId, quarter);
  const form = useFormProblems('reg45');
  const autosave = useAutosavedDraft<AnalysisValues>(
    `reg45-draft-${homeId}-${quarter}`,
    () => ({ analysis: saved.analysis, standards: saved.standards }),
    save,
  );

  async function beforeSigning(): Promise<boolean> {
    try {
      await autosave.flush();
      await save(autosave.values); // once more, so a save that failed above is not signed unseen
      return true;
    } catch (failure) {
      form.failWith(failure);
      return false;
    }
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
          <Reg45AnalysisFields draft={autosave} analysisError={form.errors.analysis} />
        )}
      </section>
      <Reg45SignOff
        homeId={homeId}
        quarter={quarter}
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
  const draft = useReg45Draft(home.id, quarter);
  const period = QUARTER_PATTERN.test(quarter) ? reg45Period(quarter) : null;
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Your analysis for the Reg 45 review</PageHeading>
      {period && (
        <p className="body-l">
          The six months from {formatIsoDate(period.start)} to {formatIsoDate(period.end)} (
          {quarterLabel(addQuarters(quarter, -1))} and {quarterLabel(quarter)}).
        </p>
      )}
      <p>
        Your words are saved as you type and printed in the{' '}
        <Link href={reportPath('reg45-draft', home.id, quarter)}>Reg 45 review draft</Link>, after what
        Hallmarks prepares from the home’s records. For another period, choose its last quarter on{' '}
        <Link href="/reports">Reports</Link>.
      </p>
      {draft.data ? (
        <Editor
          key={`${home.id}-${quarter}`}
          homeId={home.id}
          quarter={quarter}
          saved={draft.data}
          defaultName={home.registeredManager ?? ''}
        />
      ) : (
        <LoadingOrError error={draft.error} onRetry={() => draft.refetch()} />
      )}
    </div>
  );
}
