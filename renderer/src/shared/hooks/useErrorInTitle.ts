import { useEffect } from 'react';

/**
 * GOV.UK convention: the window title starts "Error:" while a form shows errors, and loses it when they
 * are put right or the form closes (a form can close with its errors showing, as Cancel does).
 */
export function useErrorInTitle(showErrors: boolean) {
  useEffect(() => {
    if (!showErrors) return;
    document.title = `Error: ${document.title.replace(/^Error: /, '')}`;
    return () => {
      document.title = document.title.replace(/^Error: /, '');
    };
  }, [showErrors]);
}
