import { useMemo, useState, type FormEvent } from 'react';
import {
  METRIC_FIELDS,
  METRIC_GROUP_TITLES,
  type ManagerStatus,
  type MetricGroup,
  type MetricValues,
} from '@contract/metric-fields';
import type { OtherQuarter } from '@contract/rules/figure-plausibility';
import { quarterLabel } from '@contract/rules/quarters';
import { ApiError } from '@shared/api/ApiError';
import { useHome } from '@shared/currentHomeContext';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { fieldProblems, summaryItems } from '@shared/lib/formProblems';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useSaveMetrics } from '../api/useSaveMetrics';
import { readFigures, toFiguresText, type FiguresText } from '../lib/figuresForm';
import { figureId } from './FigureField';
import { FigureGroup } from './FigureGroup';
import { handler } from '@shared/lib/background';
import { ManagerStatusField } from './ManagerStatusField';
import { WarningSummary } from './WarningSummary';

const GROUPS = Object.keys(METRIC_GROUP_TITLES) as MetricGroup[];
const IDS = Object.fromEntries(METRIC_FIELDS.map((f) => [f.key, figureId(f.key)]));

interface Props {
  homeId: number;
  quarter: string;
  stored: MetricValues | undefined;
  storedStatus: ManagerStatus | null;
  /** Figures counted from a log for this quarter (the Regulation 40 figure from the notifications log). */
  logged?: readonly string[];
  /** The home's figures for other quarters: the checks across quarters read them. */
  otherQuarters?: readonly OtherQuarter[];
}

/**
 * A quarter's figures by group, checked here with the app's own rules: errors for the impossible stop the
 * save; warnings for the unlikely can be saved anyway. "Saved" only once stored.
 */
export function FiguresForm({ homeId, quarter, stored, storedStatus, logged, otherQuarters }: Props) {
  const { home } = useHome();
  const [text, setText] = useState<FiguresText>(() => toFiguresText(stored));
  const [managerStatus, setManagerStatus] = useState<ManagerStatus | null>(storedStatus);
  const { problems, errors, attempt, fail, failWith, clear } = useFormProblems();
  const [warnings, setWarnings] = useState<Record<string, string>>({});
  // Warnings are not problems (they can be saved anyway): their summary takes focus on each new check.
  const [warningCheck, setWarningCheck] = useState(0);
  const [saved, setSaved] = useState(false);
  const save = useSaveMetrics();
  const context = useMemo(
    () => ({ places: home.places, quarter, managerStatus, otherQuarters }),
    [home.places, quarter, managerStatus, otherQuarters],
  );
  const live = useMemo(() => readFigures(text, context), [text, context]);
  const invalid = useMemo(() => new Set(Object.keys(live.errors)), [live]);
  const loggedKeys = useMemo(() => new Set(logged ?? []), [logged]);

  function change(key: string, value: string) {
    setText((previous) => ({ ...previous, [key]: value }));
    setSaved(false);
  }

  async function submit(saveAnyway: boolean) {
    if (save.isPending) return;
    setSaved(false);
    const checked = readFigures(text, context);
    if (Object.keys(checked.errors).length > 0) {
      setWarnings({});
      return fail(fieldProblems(checked.errors));
    }
    if (!saveAnyway && Object.keys(checked.warnings).length > 0) {
      clear();
      setWarnings(checked.warnings);
      setWarningCheck((n) => n + 1);
      return;
    }
    try {
      const result = await save.mutateAsync({
        homeId,
        quarter,
        values: checked.values,
        managerStatus,
        saveAnyway,
      });
      setText(toFiguresText(result.values));
      clear();
      setWarnings({});
      setSaved(true);
    } catch (error) {
      // The app found unlikely figures the page did not (its figures for another quarter were newer than
      // the page's): any earlier errors are gone, so the warnings show, and take focus, in their place.
      if (error instanceof ApiError && Object.keys(error.warnings).length > 0) {
        clear();
        setWarnings(error.warnings);
        setWarningCheck((n) => n + 1);
        return;
      }
      failWith(error);
    }
  }

  const items = problems ? summaryItems(problems, IDS) : [];
  const showWarnings = items.length === 0 && Object.keys(warnings).length > 0;
  return (
    <form
      className="figures-form"
      noValidate
      onSubmit={handler((event: FormEvent) => {
        event.preventDefault();
        return submit(false);
      })}
    >
      {items.length > 0 && <ErrorSummary items={items} attempt={attempt} />}
      {showWarnings && (
        <WarningSummary
          warnings={warnings}
          attempt={warningCheck}
          pending={save.isPending}
          onSaveAnyway={handler(() => submit(true))}
        />
      )}
      <ManagerStatusField
        value={managerStatus}
        onChange={(status) => {
          setManagerStatus(status);
          setSaved(false);
        }}
      />
      {GROUPS.map((group) => (
        <FigureGroup
          key={group}
          group={group}
          text={text}
          values={live.values}
          errors={errors}
          warnings={showWarnings ? warnings : {}}
          invalid={invalid}
          logged={loggedKeys}
          quarter={quarter}
          onChange={change}
        />
      ))}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          Save figures for {quarterLabel(quarter)}
        </button>
      </div>
      <p className="status-message" role="status">
        {saved ? `Saved. The figures for ${quarterLabel(quarter)} are stored.` : ''}
      </p>
    </form>
  );
}
