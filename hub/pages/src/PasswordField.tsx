import { FormGroup } from '@shared/ui/FormGroup';

/**
 * A labelled password box. Not the app's TextField: that keeps what is typed across the app lock, and a
 * password must never be kept.
 */
export function PasswordField({
  id,
  label,
  hint,
  value,
  onChange,
  autoComplete,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <FormGroup id={id} label={label} hint={hint}>
      {(control) => (
        <input
          className="input input--medium"
          id={id}
          type="password"
          value={value}
          autoComplete={autoComplete}
          {...control}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormGroup>
  );
}
