import type { ReactNode } from 'react';

/** The screen's one h1; focusable by script so focus can land on it after navigation. */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="page-heading">
      {caption && <p className="caption">{caption}</p>}
      <h1 className="heading-xl" tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
