import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents } from './security';

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check but full screen', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((fn) => (request = fn)),
      setPermissionCheckHandler: vi.fn((fn) => (check = fn)),
    };
    denyAllPermissions(session);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://hallmarks', {})).toBe(false);
    }
    const callback = vi.fn();
    request!({}, 'fullscreen', callback, {});
    expect(callback).toHaveBeenCalledWith(true);
  });
});

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = {
    on: vi.fn((name: string, listener: (event: { preventDefault(): void }) => void) => {
      listeners.set(name, listener);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler) => (openHandler = handler)),
  };
  const emit = (name: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event;
  };
  const open = (url: string) => openHandler!({ url } as HandlerDetails);
  return { contents: contents as unknown as WebContents, emit, open };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, () => false);
    expect(emit(name).preventDefault).toHaveBeenCalledTimes(1);
  });

  it('never opens a new window, and passes the link on to the external-link check', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn((url: string) => url.startsWith('https:'));
    hardenWebContents(contents, openExternal);

    expect(open('https://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://hallmarks/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.gov.uk/',
      'file:///etc/passwd',
      'app://hallmarks/index.html',
    ]);
  });
});
