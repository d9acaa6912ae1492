import type { DomainChanges } from '@contract/rules/quarter-changes';
import { addQuarters, quarterLabel } from '@contract/rules/quarters';

/**
 * First on a domain's page: what the home's records show moved since last quarter, so the manager starts
 * from facts, not memory. Facts only; it suggests no rating. Nothing until the records have loaded.
 */
export function WhatChanged({ quarter, changes }: { quarter: string; changes: DomainChanges | undefined }) {
  if (!changes) return null;
  const before = quarterLabel(addQuarters(quarter, -1));
  return (
    <section className="changes" aria-labelledby="changes-title">
      <h2 className="heading-m" id="changes-title">
        What changed since {before}
      </h2>
      {changes.none ? (
        <p>{changes.none}</p>
      ) : (
        <ul className="plain-list">
          {changes.lines.map((line) => (
            <li key={line.text} className="long-text">
              {line.text} <a href={line.link}>{line.linkText}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
