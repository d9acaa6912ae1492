import { useEffect, useState } from 'react';

/**
 * Survey mode's offer of full screen. In the desktop app the window then goes into kiosk mode until the
 * manager unlocks (electron/kiosk.ts), so a young person sees only the survey; in a web browser it is the
 * browser's own full screen. Hidden where full screen is not available, and once it is on.
 */
export function FullScreenButton() {
  const [isFull, setIsFull] = useState(() => document.fullscreenElement !== null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const follow = () => setIsFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  if (!document.fullscreenEnabled || isFull) return null;
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          document.documentElement.requestFullscreen().catch(() => setFailed(true));
        }}
      >
        Full screen
      </button>
      {failed && <p role="alert">Full screen is not available here.</p>}
    </>
  );
}
