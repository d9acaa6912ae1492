import type { MetricField } from '@contract/metric-fields';
import { FormGroup } from '@shared/ui/FormGroup';

interface Props {
  field: MetricField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

export const figureId = (key: string) => `figure-${key}`;

/** One figure: a short box for a number, blank meaning "not recorded", with its error beside it. */
export function FigureField({ field, value, error, onChange }: Props) {
  const id = figureId(field.key);
  return (
    <FormGroup id={id} label={field.label} hint={field.hint} error={error} className="figure-field">
      {(control) => (
        <input
          className={`input input--short${error ? ' input--error' : ''}`}
          id={id}
          name={field.key}
          type="text"
          inputMode={field.decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          value={value}
          {...control}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
