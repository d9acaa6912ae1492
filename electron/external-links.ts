import type { Shell } from 'electron';
import { log } from '../db/log/logger';

/** Web pages and email only: any other scheme could launch a program or open a local or network file. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

/** Returns the normalised URL when it may be opened outside the app, otherwise null. */
export function externalUrlOrNull(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  // Credentials in a link are a phishing trick ("https://bank.example@evil.example"), never needed here.
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol === 'https:' && !parsed.hostname) return null;
  return parsed.href;
}

/**
 * The only place the app hands a URL to the operating system. Opens https: and mailto: links in the
 * person's own browser or mail program and refuses everything else. Returns whether it was handed over.
 */
export function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: unknown): boolean {
  const safe = externalUrlOrNull(url);
  if (safe === null) return false;
  // Pass the re-serialised URL, not the original text, so the OS sees exactly what was checked.
  shell.openExternal(safe).catch((error: unknown) => log.warn('external_link_failed', {}, error));
  return true;
}
