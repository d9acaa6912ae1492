import { DateField } from '@shared/ui/DateField';
import { TextField } from '@shared/ui/TextField';
import { TIME_HINT } from '../lib/typedTime';

interface Bound {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A moment on the home's clock as a person types it: the date, then the time on the 24-hour clock. */
export function DateAndTimeFields({ what, date, time }: { what: string; date: Bound; time: Bound }) {
  return (
    <>
      <DateField label={`Date ${what}`} {...date} />
      <TextField label={`Time ${what}`} hint={TIME_HINT} width="short" autoComplete="off" {...time} />
    </>
  );
}
