import { useEffect, useState } from 'react';
import { SaveQueue } from './saveQueue';
import { inBackground } from '@shared/lib/background';

interface Position {
  domainKey: string;
  indicatorKey: string | null;
}

const POSITION_DELAY_MS = 500;

/**
 * Remembers where the manager is working (the domain, and the indicator last focused), so the review
 * reopens there. Moving through fields quickly saves only where focus settles; an indicator's save
 * carries its place itself (one request), so `savedWith` drops the separate save.
 */
export function usePositionTracker(save: (domainKey: string, indicatorKey: string | null) => Promise<void>) {
  const [queue] = useState(
    () =>
      new SaveQueue<Position>(
        (position) => save(position.domainKey, position.indicatorKey),
        () => {},
        POSITION_DELAY_MS,
      ),
  );
  useEffect(() => {
    const flush = () => inBackground(queue.flush());
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [queue]);
  const [tracker] = useState(() => ({
    /**
     * Focus settled on this place. When the app already has it (`stored`, as when the page reopens and
     * focus returns there) and nothing else is waiting to be saved, there is nothing to send.
     */
    track: (domainKey: string, indicatorKey: string | null, stored?: Position | null) => {
      const same = stored?.domainKey === domainKey && stored.indicatorKey === indicatorKey;
      if (same && !queue.hasUnsaved) return;
      queue.change({ domainKey, indicatorKey }, 'soon');
    },
    flush: () => queue.flush(),
    /** An indicator's save records this place itself, so a wait to save it on its own is dropped. */
    savedWith: (domainKey: string, indicatorKey: string) =>
      queue.savedElsewhere((p) => p.domainKey === domainKey && p.indicatorKey === indicatorKey),
  }));
  return tracker;
}
