import type { ReactNode } from 'react';

/** Says plainly that there is nothing here yet, what will appear, and what to do next. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2 className="heading-m">{title}</h2>
      {children}
    </section>
  );
}
