import { FormGroup } from '@shared/ui/FormGroup';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/** A PIN typed as dots, with the number keypad on touch screens; never remembered by the browser. */
export function PinField({ id, label, value, onChange, hint, error }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          id={id}
          name={id}
          className={`input input--short${error ? ' input--error' : ''}`}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...control}
        />
      )}
    </FormGroup>
  );
}
