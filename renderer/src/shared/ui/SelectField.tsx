import { FormGroup } from '@shared/ui/FormGroup';

interface Props {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/** A labelled native select, with its hint and error tied to it. */
export function SelectField({ id, label, value, options, onChange, hint, error }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select
          id={id}
          name={id}
          className="select"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...control}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
