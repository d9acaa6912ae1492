import type { MetricField } from '@contract/metric-fields';
import { FormGroup } from '@shared/ui/FormGroup';

interface Props {
  field: MetricField;
  value: string;
  error?: string;
  /** An unlikely figure: said beside the box, and the manager may save anyway. */
  warning?: string;
  onChange: (value: string) => void;
}

export const figureId = (key: string) => `figure-${key}`;

/** One figure: a short box for a number, blank meaning "not recorded", with its error beside it. */
export function FigureField({ field, value, error, warning, onChange }: Props) {
  const id = figureId(field.key);
  return (
    <FormGroup id={id} label={field.label} hint={field.hint} error={error} className="figure-field">
      {(control) => (
        <>
          {warning && !error && (
            <p className="warning-message" id={`${id}-warning`}>
              <span className="visually-hidden">Warning: </span>
              {warning}
            </p>
          )}
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
            aria-describedby={
              [control['aria-describedby'], warning && !error ? `${id}-warning` : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
    </FormGroup>
  );
}
