import type { IncomingMessage, ServerResponse } from 'node:http';
import { HubError } from './hub-error';
import type { z } from 'zod';

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
};

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
  });
  res.end(JSON.stringify(value));
}

/** Checks a request against its schema; a refusal lists what is wrong, at most ten things. */
export function parseInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  message = 'Some of what was sent is missing or not in the right form.',
): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new HubError(
      400,
      'invalid_input',
      message,
      r.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'request'}: ${i.message}`),
    );
  }
  return r.data;
}

export function sendError(res: ServerResponse, error: HubError): void {
  sendJson(res, error.status, {
    ok: false,
    error: { code: error.code, message: error.message, details: error.details ?? [] },
  });
}

/**
 * Reads a JSON body of at most `maxBytes`; a larger one is refused from its Content-Length, or as soon as
 * it passes the limit, before anything is parsed or stored.
 */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const tooLarge = new HubError(
    413,
    'too_large',
    `The request is larger than the hub accepts (${Math.round(maxBytes / 1024)} KB). Nothing was stored.`,
  );
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge;
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    throw new HubError(415, 'not_json', 'Send the request as application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HubError(400, 'not_json', 'The request is not valid JSON. Nothing was stored.');
  }
}

export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

export function bearer(req: IncomingMessage): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}
