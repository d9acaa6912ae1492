import { TextField } from '@shared/ui/TextField';

interface Props {
  /** The sources' id; the field's is `${id}-other`. */
  id: string;
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
}

/** Sources of evidence beyond the tick boxes, in the person's own words; saved when they leave the field. */
export function OtherSourcesField({ id, value, onChange, onBlur }: Props) {
  return (
    <TextField
      id={`${id}-other`}
      label="Other sources"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      maxLength={500}
    />
  );
}
