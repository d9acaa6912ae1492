import { QUALITY_STANDARDS, REG45_REGULATIONS, type Reg45Draft } from '@contract/reg45-draft';
import { inBackground } from '@shared/lib/background';
import { TextArea } from '@shared/ui/TextArea';
import { SaveStatus, type useAutosavedDraft } from '@review';

export type AnalysisValues = Pick<Reg45Draft, 'analysis' | 'standards'>;

interface Props {
  draft: ReturnType<typeof useAutosavedDraft<AnalysisValues>>;
  /** The problem beside the analysis when sign-off was refused. */
  analysisError?: string;
}

/** The registered person's own words: the overall analysis and a comment per Quality Standard, autosaved. */
export function Reg45AnalysisFields({ draft, analysisError }: Props) {
  const { values, update } = draft;
  const flush = () => inBackground(draft.flush());
  return (
    <div onBlur={flush}>
      <TextArea
        id="reg45-analysis"
        label="Your analysis of the quality of care"
        hint="Weigh what the records show and what children, families, placing authorities and staff told you. Be honest: what is working, what is not yet good enough, and what you will do about it."
        value={values.analysis}
        onChange={(analysis) => update({ analysis }, 'soon')}
        onBlur={flush}
        error={analysisError}
        rows={14}
      />
      <h3 className="heading-m">Each Quality Standard (optional)</h3>
      <p className="hint">
        The draft prints the judgements and reasons from your reviews under each standard. Add what they do
        not say.
      </p>
      {REG45_REGULATIONS.map((reg) => {
        const key = String(reg);
        return (
          <TextArea
            key={key}
            id={`reg45-standard-${key}`}
            label={`Regulation ${reg}: ${QUALITY_STANDARDS[reg]}`}
            value={values.standards[key] ?? ''}
            onChange={(text) => update({ standards: { ...draft.values.standards, [key]: text } }, 'soon')}
            onBlur={flush}
            rows={3}
          />
        );
      })}
      <SaveStatus state={draft.state} error={draft.error} onRetry={flush} />
    </div>
  );
}
