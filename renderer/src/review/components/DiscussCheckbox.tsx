export function DiscussCheckbox({
  id,
  checked,
  onChange,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="checkbox checkbox--with-hint">
      <input
        className="checkbox__input"
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="checkbox__label" htmlFor={id}>
        Discuss with the team
      </label>
      <p className="checkbox__hint" id={`${id}-hint`}>
        Flag this indicator to talk through at the next team meeting.
      </p>
    </div>
  );
}
