import { TextField } from '@shared/ui/TextField';

interface NameProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** "Your name", recorded with a status change or a note. */
export function ByNameField({ id, value, onChange, error }: NameProps) {
  return (
    <TextField
      id={id}
      label="Your name (optional)"
      value={value}
      onChange={onChange}
      error={error}
      width="medium"
      autoComplete="name"
    />
  );
}
