import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  /** Open scrolled to the right-hand end, where the latest quarters are. */
  startAtEnd?: boolean;
  children: ReactNode;
}

/**
 * A wide table's frame: scrolls sideways in a narrow or zoomed window (the page itself never does), can
 * be reached and scrolled by keyboard, and, only while the table is wider than the window, says so and
 * shows an edge and a scrollbar.
 */
export function ScrollRegion({ labelledBy, startAtEnd = false, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (startAtEnd) element.scrollLeft = element.scrollWidth;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The table grows without its frame changing size, for example when every quarter is shown.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [startAtEnd]);
  return (
    <>
      {overflows && (
        <p className="scroll-hint" id={hintId}>
          {startAtEnd
            ? 'The table opens at the latest quarter. For earlier ones, scroll it sideways, or select it and use the arrow keys.'
            : 'The table is wider than the window: scroll it sideways, or select it and use the arrow keys.'}
        </p>
      )}
      <div
        className={overflows ? 'table-scroll table-scroll--scrolls' : 'table-scroll'}
        role="region"
        aria-labelledby={labelledBy}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={0}
        ref={ref}
      >
        {children}
      </div>
    </>
  );
}
