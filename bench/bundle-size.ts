import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of the JavaScript the first screen loads: the entry script and the chunks it preloads. */
export function firstScreenJsGzip(rendererDir: string): { bytes: number; files: string[] } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(rendererDir, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files };
}
