/**
 * What one tab (or window) tells the others about the app lock. In browser mode several tabs may show
 * the app; when one locks, every other clears itself at once instead of showing the home until its next
 * request, and use in one tab keeps the others from locking for idleness.
 */
export type TabMessage = { kind: 'locked' } | { kind: 'unlocked' } | { kind: 'used'; at: number };

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('hallmarks-app-lock');

export function tellOtherTabs(message: TabMessage): void {
  channel?.postMessage(message);
}

export function listenToOtherTabs(listener: (message: TabMessage) => void): () => void {
  if (!channel) return () => {};
  const onMessage = (event: MessageEvent<TabMessage>) => listener(event.data);
  channel.addEventListener('message', onMessage);
  return () => channel.removeEventListener('message', onMessage);
}
