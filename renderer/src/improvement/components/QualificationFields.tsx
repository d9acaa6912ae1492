import { DateField } from '@shared/ui/DateField';
import { ChoiceRadios, type Choice } from '@shared/ui/ChoiceRadios';
import { SelectField } from '@shared/ui/SelectField';

const LEVELS: Choice<3 | 5>[] = [
  {
    value: 3,
    label: 'Level 3',
    meaning:
      'The Level 3 Diploma, or a qualification the registered person considers equivalent: due 2 years after starting work in a care role in a children’s home',
  },
  {
    value: 5,
    label: 'Level 5',
    meaning:
      'The Level 5 Diploma for the registered manager, or a qualification the registered person considers equivalent: due 3 years after the date below',
  },
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
        label={
          values.level === 3
            ? 'Date they started work in a care role in a children’s home'
            : 'Date they started in the role'
        }
        hint={values.level === 3 ? `In any children’s home, not only this one. ${startHint}` : startHint}
        value={values.started}
        onChange={(started) => onChange({ ...values, started })}
        error={errors.startedOn}
      />
    </>
  );
}
