import { DateField } from '@shared/ui/DateField';
import { ChoiceRadios, type Choice } from '@shared/ui/ChoiceRadios';
import { SelectField } from '@shared/ui/SelectField';

const LEVELS: Choice<3 | 5>[] = [
  { value: 3, label: 'Level 3' },
  { value: 5, label: 'Level 5' },
];

export interface QualificationValues {
  staffId: string;
  level: 3 | 5;
  started: string;
}

/** Who, which level and from when: the fields a qualification deadline is worked out from. */
export function QualificationFields({
  idPrefix: p,
  values,
  people,
  onPick,
  onChange,
  errors,
  startHint,
}: {
  idPrefix: string;
  values: QualificationValues;
  people: { value: string; label: string }[];
  onPick: (staffId: string) => void;
  onChange: (values: QualificationValues) => void;
  errors: Record<string, string | undefined>;
  startHint: string;
}) {
  return (
    <>
      <SelectField
        id={`${p}-staffId`}
        label="Member of staff"
        value={values.staffId}
        options={people}
        onChange={onPick}
        error={errors.staffId}
      />
      <ChoiceRadios
        id={`${p}-level`}
        legend="Qualification"
        value={values.level}
        choices={LEVELS}
        onChange={(level) => onChange({ ...values, level })}
      />
      <DateField
        id={`${p}-startedOn`}
        label="Date they started in the role"
        hint={startHint}
        value={values.started}
        onChange={(started) => onChange({ ...values, started })}
        error={errors.startedOn}
      />
    </>
  );
}
