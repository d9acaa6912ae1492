import type { MouseEvent } from 'react';

/** First stop for keyboard users. Handled by script: a bare #main-content would be read as a route. */
export function SkipLink() {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  }
  return (
    <a className="skip-link" href="#main-content" onClick={skip}>
      Skip to main content
    </a>
  );
}
