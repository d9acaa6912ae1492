import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface SummaryItem {
  message: string;
  /** The id of the field to take the person to, if the problem belongs to one. */
  fieldId?: string;
}

/**
 * GOV.UK-style error summary: announced and focused when it appears, each item a link to its field.
 * The links are handled here because a plain #id would be read as a route by the hash router.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Its own id, so two summaries on one page each name their own heading.
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    event.preventDefault();
    const field = document.getElementById(fieldId);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId ?? item.message}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(event) => goToField(event, item.fieldId as string)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
