/**
 * Whether the app lock's idle time has run out: `lastActivity` and `now` in milliseconds. Kept apart from
 * contract/app-lock.ts (its schemas need zod) because the first screen's idle timer uses it, and the first
 * screen must not load zod just for this.
 */
export function idleTimeIsUp(lastActivity: number, now: number, minutes: number): boolean {
  return now - lastActivity >= minutes * 60_000;
}
