import type { ComponentProps } from 'react';
import { useMediaQuery } from '@shared/hooks/useMediaQuery';
import { DomainNavList } from './DomainNavList';

/**
 * Every step of the review with its progress, so the manager can go anywhere in any order: beside the
 * step on a wide window; folded away above it on a narrow or zoomed one, so the step comes first.
 */
export function DomainNav(props: ComponentProps<typeof DomainNavList>) {
  const wide = useMediaQuery('(min-width: 64em)');
  const number = props.framework.domains.find((d) => d.key === props.current)?.number;
  const where = number ? `domain ${number} of ${props.framework.domains.length}` : 'summary and sign-off';
  return (
    <nav className="domain-nav" aria-label="Steps in this review">
      {wide ? (
        <>
          <h2 className="domain-nav__title">Steps in this review</h2>
          <DomainNavList {...props} />
        </>
      ) : (
        <details className="domain-nav__fold">
          <summary className="domain-nav__summary">Steps in this review (you are on {where})</summary>
          <DomainNavList {...props} />
        </details>
      )}
    </nav>
  );
}
