import { useMemo, useState, type FormEvent } from 'react';
import {
  METRIC_FIELDS,
  METRIC_GROUP_TITLES,
  type MetricGroup,
  type MetricValues,
} from '@contract/metric-fields';
import { quarterLabel } from '@contract/quarters';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { ErrorSummary, type SummaryItem } from '@shared/ui/ErrorSummary';
import { useSaveMetrics } from '../api/useSaveMetrics';
import { readFigures, toFiguresText, type FiguresText } from '../lib/figuresForm';
import { figureId } from './FigureField';
import { FigureGroup } from './FigureGroup';
import { handler } from '@shared/lib/background';

const GROUPS = Object.keys(METRIC_GROUP_TITLES) as MetricGroup[];

interface Props {
  homeId: number;
  quarter: string;
  stored: MetricValues | undefined;
}

/** A quarter's figures by group, checked here with the app's own rules, "Saved" only once stored. */
export function FiguresForm({ homeId, quarter, stored }: Props) {
  const [text, setText] = useState<FiguresText>(() => toFiguresText(stored));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const save = useSaveMetrics();
  const live = useMemo(() => readFigures(text), [text]);
  const invalid = useMemo(() => new Set(Object.keys(live.errors)), [live]);

  function change(key: string, value: string) {
    setText((previous) => ({ ...previous, [key]: value }));
    setSaved(false);
  }

  function fail(fields: Record<string, string>, message = '') {
    setErrors(fields);
    setGeneral(message);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const checked = readFigures(text);
    if (Object.keys(checked.errors).length > 0) return fail(checked.errors);
    try {
      const result = await save.mutateAsync({ homeId, quarter, values: checked.values });
      setText(toFiguresText(result.values));
      setErrors({});
      setGeneral('');
      setSaved(true);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      fail(fields, Object.keys(fields).length > 0 ? '' : messageOf(error));
    }
  }

  const items: SummaryItem[] = [
    ...(general ? [{ message: general }] : []),
    ...METRIC_FIELDS.filter((f) => errors[f.key]).map((f) => ({
      message: errors[f.key]!,
      fieldId: figureId(f.key),
    })),
  ];
  return (
    <form className="figures-form" noValidate onSubmit={handler(submit)}>
      {items.length > 0 && <ErrorSummary items={items} attempt={attempt} />}
      {GROUPS.map((group) => (
        <FigureGroup
          key={group}
          group={group}
          text={text}
          values={live.values}
          errors={errors}
          invalid={invalid}
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
