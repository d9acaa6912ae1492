/**
 * The client's word to the app lock (shared/app-lock) that the app refused a call because it is locked,
 * however the lock came (another tab, the computer going to sleep): the page then shows the lock screen.
 * A hook rather than an import, so the client does not depend on the screens that use it.
 */
let listener: () => void = () => {};

export function whenRefusedAsLocked(run: () => void): void {
  listener = run;
}

export function refusedAsLocked(): void {
  listener();
}
