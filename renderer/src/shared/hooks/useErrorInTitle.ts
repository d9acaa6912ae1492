import { useEffect, useRef } from 'react';

/** GOV.UK convention, as on the home forms: the window title starts "Error:" while a form shows errors. */
export function useErrorInTitle(showErrors: boolean) {
  const hadErrors = useRef(false);
  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    if (showErrors || hadErrors.current) document.title = showErrors ? `Error: ${base}` : base;
    hadErrors.current = showErrors;
  }, [showErrors]);
}
