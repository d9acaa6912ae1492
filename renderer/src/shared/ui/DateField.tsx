import { TextField } from './TextField';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

/** A typed date (dd/mm/yyyy), short, with the usual example as its hint. */
export function DateField({ hint = 'For example 14/09/2026', ...props }: Props) {
  return <TextField {...props} hint={hint} width="short" autoComplete="off" />;
}
