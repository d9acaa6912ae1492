export interface Choice<V extends number> {
  value: V;
  label: string;
  /** Why the choice cannot be made, shown beside it; makes the choice unavailable. */
  unavailable?: string;
  /** A short line beside the choice, such as what the grade means. */
  meaning?: string;
}

interface Props<V extends number> {
  /** Prefix for the inputs' ids; the first available input's id is exactly this. */
  id: string;
  legend: string;
  legendClassName?: string;
  hint?: string;
  choices: Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
}

/**
 * A native radio group: Tab reaches it once, arrow keys move between the choices and choose. The words
 * are always shown, so nothing depends on colour.
 */
export function ChoiceRadios<V extends number>({
  id,
  legend,
  legendClassName,
  hint,
  choices,
  value,
  onChange,
}: Props<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  // The group's id goes on the first choice that can be chosen, so links to the group can focus it.
  const firstAvailable = choices.find((choice) => choice.unavailable === undefined);
  return (
    <fieldset className="choice-group" aria-describedby={hintId}>
      <legend className={legendClassName ?? 'choice-group__legend'}>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="choice-group__items">
        {choices.map((choice) => {
          const inputId = choice === firstAvailable ? id : `${id}-${choice.value}`;
          return (
            <div className="choice" key={choice.value}>
              <input
                className="choice__input"
                type="radio"
                id={inputId}
                name={id}
                value={choice.value}
                checked={value === choice.value}
                disabled={choice.unavailable !== undefined}
                aria-describedby={
                  [
                    choice.meaning ? `${inputId}-meaning` : '',
                    choice.unavailable ? `${inputId}-unavailable` : '',
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                onChange={() => onChange(choice.value)}
              />
              <label className="choice__label" htmlFor={inputId}>
                {choice.label}
              </label>
              {choice.meaning && (
                <p className="choice__meaning" id={`${inputId}-meaning`}>
                  {choice.meaning}
                </p>
              )}
              {choice.unavailable && (
                <p className="choice__hint" id={`${inputId}-unavailable`}>
                  {choice.unavailable}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
