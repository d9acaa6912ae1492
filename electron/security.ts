import type { Session, WebContents } from 'electron';

/**
 * The app needs no camera, microphone, location, notifications, USB, clipboard reading or anything
 * else a web page can ask for, so every request and every check is answered no, but full screen.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  // Full screen alone is allowed: survey mode offers it (the window then goes into kiosk mode, see
  // kiosk.ts), and it shows nothing the page does not already show.
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(permission === 'fullscreen'),
  );
  session.setPermissionCheckHandler((_webContents, permission) => permission === 'fullscreen');
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps every web page on the page it was loaded with. The renderer routes with the URL hash, which
 * does not count as navigation, so nothing legitimate is blocked. Links meant for the outside world
 * (target="_blank" to https: or mailto:) go to the person's browser through `openExternal`, which
 * decides what is safe; the app itself never opens a second window.
 */
export function hardenWebContents(contents: Contents, openExternal: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}
