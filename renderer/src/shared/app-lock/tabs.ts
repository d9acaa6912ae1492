/**
 * What one tab (or window) tells the others about the app lock. In browser mode several tabs may show
 * the app; when one locks, every other clears itself at once instead of showing the home until its next
 * request, and use in one tab keeps the others from locking for idleness.
 */
export type TabMessage = { kind: 'locked' } | { kind: 'unlocked' } | { kind: 'used'; at: number };

// Only in a page: the main process loads this module to render the first screen (firstScreenHtml.tsx),
// and Node's own BroadcastChannel, open, would keep that process running after all else has ended.
const channel: BroadcastChannel | null =
  typeof window === 'undefined' || typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel('hallmarks-app-lock');

export function tellOtherTabs(message: TabMessage): void {
  channel?.postMessage(message);
}

export function listenToOtherTabs(listener: (message: TabMessage) => void): () => void {
  if (!channel) return () => {};
  const onMessage = (event: MessageEvent<TabMessage>) => listener(event.data);
  channel.addEventListener('message', onMessage);
  return () => channel.removeEventListener('message', onMessage);
}
