import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Maps a request path to a file under root, or null when it would leave root (including encoded "..",
 * backslashes and NUL bytes). "/" means index.html.
 */
export function resolveStaticPath(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const full = path.resolve(resolvedRoot, relative);
  return full.startsWith(resolvedRoot + path.sep) ? full : null;
}

export async function readStaticFile(
  root: string,
  requestPath: string,
): Promise<{ status: number; type: string; body: Buffer | string }> {
  const file = resolveStaticPath(root, requestPath);
  if (!file) return { status: 403, type: 'text/plain; charset=utf-8', body: 'Forbidden' };
  try {
    const body = await readFile(file);
    return { status: 200, type: TYPES[path.extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
  }
}
