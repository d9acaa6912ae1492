import { useEffect, useRef } from 'react';
import type { ReviewDetail } from '@contract/review';
import { RESUME, takeFocusRequest, takeOpenedHere } from '../lib/focusRequest';
import { focusIndicatorSoon } from '../lib/indicatorFocus';

/**
 * On arriving at a domain: if the manager asked to continue (or reloaded this page), focus the indicator
 * they were last working on; otherwise just remember that this is the domain they are in.
 */
export function useResumeFocus(
  position: ReviewDetail['position'],
  domainKey: string,
  track: (domainKey: string, indicatorKey: string | null) => void,
) {
  const handled = useRef(false);
  useEffect(() => {
    if (handled.current) return;
    handled.current = true;
    const resume = takeFocusRequest() === RESUME || takeOpenedHere();
    if (position?.domainKey === domainKey) {
      if (resume && position.indicatorKey) focusIndicatorSoon(position.indicatorKey);
    } else {
      track(domainKey, null);
    }
  }, [position, domainKey, track]);
}
