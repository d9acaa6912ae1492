import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Browser mode listens on 127.0.0.1 only. A call must come from the page this server served (Host and
 * Origin match, which defeats DNS rebinding and other web pages) and carry this run's secret key (which
 * other local programs never see: it is printed once, in the address to open).
 */
export function checkApiRequest(headers: IncomingHttpHeaders, origin: string, key: string): string | null {
  const expectedHost = new URL(origin).host;
  if (headers.host !== expectedHost) return 'This address is not served here.';
  if (headers.origin !== origin) return 'Requests are only accepted from the Hallmarks page itself.';
  const given = Buffer.from(String(headers['x-hallmarks-key'] ?? ''));
  const expected = Buffer.from(key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'This page is not the one Hallmarks opened. Use the address Hallmarks printed when it started.';
  }
  return null;
}

/**
 * The unlock and recovery key forms post the run's key as a field (a form cannot set a header); the
 * same checks as for the API apply.
 */
export function checkFormRequest(
  headers: IncomingHttpHeaders,
  origin: string,
  key: string,
  givenKey: string,
): string | null {
  return checkApiRequest({ ...headers, 'x-hallmarks-key': givenKey }, origin, key);
}
