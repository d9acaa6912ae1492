import { useEffect, type ReactNode } from 'react';

/** Focuses an element once the browser has drawn the change that (re)made it. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * For a table whose rows each open a form below it (appraisals, staff checks): focuses the form's first
 * field when a row's form opens (`firstFieldId`, absent while none is open), and gives back `backTo`,
 * which returns focus to a row's button once its form closes, so keyboard users keep their place.
 */
export function useFocusWhenEditing(firstFieldId: string | undefined): {
  backTo: (buttonId: string) => void;
} {
  useEffect(() => {
    if (firstFieldId) document.getElementById(firstFieldId)?.focus();
  }, [firstFieldId]);
  return { backTo: focusSoon };
}

/** The open row's form below the table: its heading, the form, and Cancel. */
export function RecordCard({
  title,
  onCancel,
  children,
}: {
  title: ReactNode;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <div className="card record-card">
      <h3 className="heading-s long-text">{title}</h3>
      {children}
      <button type="button" className="button-link" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
