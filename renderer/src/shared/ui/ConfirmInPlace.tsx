import { useEffect, useRef, type ReactNode } from 'react';
import { handler } from '@shared/lib/background';

/**
 * "Delete this …?" asked in place of the buttons that led to it: says what goes, shows why it failed, and
 * takes the focus when it opens so a keyboard or screen reader user lands on the question.
 */
export function ConfirmInPlace({
  id,
  level,
  title,
  children,
  problem,
  pending,
  yes,
  no,
  onYes,
  onNo,
}: {
  id: string;
  level: 3 | 4;
  title: string;
  children: ReactNode;
  problem?: string;
  pending: boolean;
  yes: string;
  no: string;
  onYes: () => Promise<void>;
  onNo: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="notice" role="group" aria-labelledby={id}>
      <Heading className="notice__title" id={id} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      <p>{children}</p>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          aria-disabled={pending || undefined}
          onClick={handler(onYes)}
        >
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
