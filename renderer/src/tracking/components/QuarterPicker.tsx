import { useState, type FormEvent } from 'react';
import type { QuarterOption } from '../lib/figuresForm';

/** Choose a quarter, then press the button: unsaved typing is never swept away by the arrow keys. */
export function QuarterPicker({
  options,
  current,
  onShow,
}: {
  options: QuarterOption[];
  current: string;
  onShow: (quarter: string) => void;
}) {
  const [chosen, setChosen] = useState(current);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen !== current) onShow(chosen);
  }
  return (
    <form className="quarter-picker" noValidate onSubmit={submit}>
      <div className="form-group quarter-picker__field">
        <label className="label" htmlFor="figures-quarter">
          Quarter
        </label>
        <select
          id="figures-quarter"
          className="select"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary quarter-picker__button">
        Show figures
      </button>
    </form>
  );
}
