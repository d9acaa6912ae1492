import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { log } from '../db/log/logger';
import { CONTENT_SECURITY_POLICY } from '../shell-shared/csp';
import {
  createAppRequestHandler,
  handleAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
} from './protocol';

const root = path.resolve('/srv/hallmarks/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://hallmarks/index.html', 'index.html'],
    ['app://hallmarks/', 'index.html'],
    ['app://hallmarks', 'index.html'],
    ['app://HALLMARKS/index.html', 'index.html'],
    ['app://hallmarks/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://hallmarks/assets/', 'assets/index.html'],
    ['app://hallmarks/index.html?v=2#/homes/1', 'index.html'],
    ['app://hallmarks/assets/font%20name.woff2', 'assets/font name.woff2'],
    // An absolute-looking path still lands inside the root.
    ['app://hallmarks//etc/passwd', 'etc/passwd'],
    // Double encoding decodes once, to a harmless literal name.
    ['app://hallmarks/%252e%252e/x', '%2e%2e/x'],
  ])('serves %s from inside the root', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    'app://hallmarks/../package.json',
    'app://hallmarks/assets/../../main.cjs',
    'app://hallmarks/./index.html',
    'app://hallmarks/%2e%2e/%2e%2e/etc/passwd',
    'app://hallmarks/%2E%2E/secret',
    'app://hallmarks/.%2e/secret',
    'app://hallmarks/..%2f..%2fetc%2fpasswd',
    'app://hallmarks/..%5c..%5cWindows%5cwin.ini',
    'app://hallmarks/..\\..\\Windows\\win.ini',
    'app://hallmarks/assets\\index.js',
    'app://hallmarks/C:/Windows/win.ini',
    'app://hallmarks/index.html:stream',
    'app://hallmarks/a%00b',
    'app://hallmarks/%E0%A4%A',
    'app://other/index.html',
    'app://hallmarks.evil.example/index.html',
    'app://evil@hallmarks/index.html',
    'app://hallmarks:8080/index.html',
    'app:///etc/passwd',
    'file:///etc/passwd',
    'https://hallmarks/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});

describe('app:// request handler', () => {
  let dir: string;
  let handler: ReturnType<typeof createAppRequestHandler>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hallmarks-protocol-'));
    const renderer = path.join(dir, 'renderer');
    mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Hallmarks</title>');
    writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'not for the renderer');
    handler = createAppRequestHandler(renderer);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => handler({ url, method });

  it('serves a file with its type and the CSP header', async () => {
    const response = await get('app://hallmarks/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Hallmarks</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://hallmarks/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses to leave the renderer folder, with the CSP header still set', async () => {
    const response = await get('app://hallmarks/..%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('app://hallmarks/missing.js')).status).toBe(404);
    expect((await get('app://hallmarks/assets')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://hallmarks/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://hallmarks/index.html', 'POST')).status).toBe(405);
  });

  it('reports an unexpected read failure as 500', async () => {
    const error = vi.spyOn(log, 'error');
    const failing = createAppRequestHandler(dir, () => Promise.reject(new Error('disk gone')));
    expect((await failing({ url: 'app://hallmarks/index.html', method: 'GET' })).status).toBe(500);
    expect(error).toHaveBeenCalledWith('app_file_unreadable', { file: 'index.html' }, expect.any(Error));
    error.mockRestore();
  });
});

describe('scheme registration', () => {
  it('registers app as a standard, secure scheme that fetch can use, without CORS', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the file handler', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
