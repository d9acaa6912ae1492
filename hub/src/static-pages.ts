import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SECURITY_HEADERS } from './http-io';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Serves the built provider pages; any path without a file extension gets the single page. */
export async function servePage(dir: string, pathname: string, res: ServerResponse): Promise<boolean> {
  const wanted = extname(pathname) ? pathname : '/hub.html';
  const file = normalize(join(dir, decodeURIComponent(wanted)));
  // A path that climbs out of the pages folder is refused, as in the app's own protocol handler.
  if (!file.startsWith(normalize(dir) + sep)) return false;
  const type = TYPES[extname(file)];
  if (!type) return false;
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}
