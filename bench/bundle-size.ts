import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Gzipped bytes of the dashboard's own chunk (vite.config.mts names it), which the first screen loads
 * alongside the start-up read when the window opens on the dashboard: printed beside the first screen's
 * figure, so that figure is not read as all the dashboard needs.
 */
export function dashboardChunkJsGzip(rendererDir: string): number {
  const assets = path.join(rendererDir, 'assets');
  const file = readdirSync(assets).find((name) => /^dashboard-[\w-]+\.js$/.test(name));
  if (!file) throw new Error(`No dashboard chunk in ${assets}: was the renderer built?`);
  return gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
}
