import type { Framework, Rating } from '@contract/framework';
import { RATING_ORDER } from '../lib/grades';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';

/** The five ratings for one indicator, best first, "Not enough evidence yet" last. */
export function RatingRadioGroup(props: {
  id: string;
  labels: Framework['ratingLabels'];
  value: Rating | null;
  onChange: (rating: Rating) => void;
}) {
  const { id, labels, value, onChange } = props;
  return (
    <ChoiceRadios
      id={id}
      legend="Rating"
      choices={RATING_ORDER.map((rating) => ({ value: rating, label: labels[rating] }))}
      value={value}
      onChange={onChange}
    />
  );
}
