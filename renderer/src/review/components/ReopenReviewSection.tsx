import { useEffect, useRef, useState } from 'react';
import { ReopenReviewForm } from './ReopenReviewForm';

interface Props {
  reviewId: number;
  /** Open at once: the manager followed a "Reopen review" link from another screen of this review. */
  startOpen: boolean;
  onReopened: () => void;
}

/**
 * Reopening sits behind a button, so a completed review reads (and prints) as its results, and nobody
 * reopens one by accident. The form opens with its first field focused; Cancel closes it and returns
 * focus to the button.
 */
export function ReopenReviewSection({ reviewId, startOpen, onReopened }: Props) {
  const [open, setOpen] = useState(startOpen);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (open) {
    return <ReopenReviewForm reviewId={reviewId} onReopened={onReopened} onCancel={() => setOpen(false)} />;
  }
  return (
    <div className="section reopen reopen--closed">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={false}
        ref={button}
        onClick={() => setOpen(true)}
      >
        Reopen this review
      </button>
    </div>
  );
}
