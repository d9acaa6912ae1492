import { FormGroup } from '@shared/ui/FormGroup';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /**
   * A PIN (the default: short, number keypad, never remembered), or the manager's password (wide enough
   * for three words; "new-password" when setting one, so a password manager can offer to save it).
   */
  kind?: 'pin' | 'password' | 'new-password';
}

/** A PIN or password typed as dots. */
export function PinField({ id, label, value, onChange, hint, error, kind = 'pin' }: Props) {
  const pin = kind === 'pin';
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          id={id}
          name={id}
          className={`input${pin ? ' input--short' : ''}${error ? ' input--error' : ''}`}
          type="password"
          inputMode={pin ? 'numeric' : undefined}
          autoComplete={pin ? 'off' : kind === 'password' ? 'current-password' : 'new-password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...control}
        />
      )}
    </FormGroup>
  );
}
