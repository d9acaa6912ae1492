import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';

/**
 * Once the step is done its form is gone, and focus with it: the outcome takes focus instead, so a
 * keyboard user carries on from there and a screen reader reads it.
 */
export function useFocusOnOutcome<T extends HTMLElement>(outcome: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  return ref;
}

/**
 * After Cancel, focus goes back to the button that opened the step (drawn again once the step is gone),
 * so a keyboard user is where they were. Call the returned function with that button's id.
 */
export function useFocusBackAfterCancel(): (buttonId: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}

/**
 * The second step of something that cannot be undone: what will happen, then a warning button and
 * Cancel. Focus moves to its heading, so a keyboard or screen reader user lands on what to read next.
 */
export function ConfirmStep({
  title,
  confirmLabel,
  pending,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form className="notice" aria-labelledby={headingId} onSubmit={onConfirm} noValidate>
      <h3 className="notice__title" id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{children}</p>
      <div className="button-group hub-confirm-buttons">
        <button type="submit" className="button button--warning" disabled={pending}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
