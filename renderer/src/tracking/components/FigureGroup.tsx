import {
  METRIC_FIELDS,
  METRIC_GROUP_TITLES,
  type MetricGroup,
  type MetricValues,
} from '@contract/metric-fields';
import type { FiguresText } from '../lib/figuresForm';
import { FigureField } from './FigureField';
import { LoggedFigure } from './LoggedFigure';
import { GroupRates } from './GroupRates';

interface Props {
  group: MetricGroup;
  text: FiguresText;
  values: MetricValues;
  errors: Record<string, string>;
  warnings: Record<string, string>;
  invalid: ReadonlySet<string>;
  /** Figures counted from a log: shown with where they come from, not typed. */
  logged: ReadonlySet<string>;
  quarter: string;
  onChange: (key: string, value: string) => void;
}

/** One group of figures (Staffing, Education…) with the rates they give beside them. */
export function FigureGroup({
  group,
  text,
  values,
  errors,
  warnings,
  invalid,
  logged,
  quarter,
  onChange,
}: Props) {
  return (
    <fieldset className="figure-group">
      <legend className="figure-group__legend">{METRIC_GROUP_TITLES[group]}</legend>
      <div className="figure-group__body">
        <div className="figure-group__fields">
          {METRIC_FIELDS.filter((f) => f.group === group).map((field) =>
            logged.has(field.key) ? (
              <LoggedFigure key={field.key} field={field} value={values[field.key]} quarter={quarter} />
            ) : (
              <FigureField
                key={field.key}
                field={field}
                value={text[field.key] ?? ''}
                error={errors[field.key]}
                warning={warnings[field.key]}
                onChange={(value) => onChange(field.key, value)}
              />
            ),
          )}
        </div>
        <GroupRates group={group} values={values} invalid={invalid} />
      </div>
    </fieldset>
  );
}
