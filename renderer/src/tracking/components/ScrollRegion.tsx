import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  /** Open scrolled to the right-hand end, where the latest quarters are. */
  startAtEnd?: boolean;
  children: ReactNode;
}

/**
 * A wide table's frame: scrolls sideways in a narrow or zoomed window, can be reached and scrolled by
 * keyboard, and says so only while the table is wider than the window.
 */
export function ScrollRegion({ labelledBy, startAtEnd = false, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (startAtEnd) element.scrollLeft = element.scrollWidth;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [startAtEnd]);
  return (
    <>
      {overflows && (
        <p className="scroll-hint">
          {startAtEnd
            ? 'The table opens at the latest quarter: scroll it sideways for earlier ones.'
            : 'Scroll the table sideways to see all of it.'}
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0} ref={ref}>
        {children}
      </div>
    </>
  );
}
