import type { Framework, Rating } from '@contract/framework';
import { gradeChoices, RATING_ORDER } from '../lib/grades';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';

/** The five ratings for one indicator, best first, "Not enough evidence yet" last. */
export function RatingRadioGroup(props: {
  id: string;
  framework: Framework;
  value: Rating | null;
  onChange: (rating: Rating) => void;
}) {
  const { id, framework, value, onChange } = props;
  return (
    <ChoiceRadios
      id={id}
      legend="Rating"
      choices={gradeChoices(framework, RATING_ORDER)}
      value={value}
      onChange={onChange}
    />
  );
}
