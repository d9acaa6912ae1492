import type { Scale } from '@contract/voice-scales';
import { SCALE_CHOICES } from '@contract/voice-scales';
import { Face } from '../components/Face';

/**
 * The answer as big picture cards: a face and its words on each, native radios underneath, so Tab reaches
 * the group once and the arrow keys choose. The words carry the meaning; the face and colour only help.
 */
export function PictureScale({
  labelledBy,
  scale,
  value,
  onChange,
}: {
  labelledBy: string;
  scale: Scale;
  value: number | null;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset className="picture-scale" aria-labelledby={labelledBy}>
      <div className={`picture-scale__choices picture-scale__choices--${SCALE_CHOICES[scale].length}`}>
        {SCALE_CHOICES[scale].map((c) => (
          <label key={c.value} className="picture-scale__choice">
            <input
              type="radio"
              className="picture-scale__input"
              name="survey-answer"
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <Face face={c.face} size={96} />
            <span className="picture-scale__words">{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
