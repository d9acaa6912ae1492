import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { transportRefusal } from './transport-security';

const request = (remoteAddress: string, headers: Record<string, string> = {}, encrypted = false) =>
  ({ socket: { remoteAddress, encrypted }, headers }) as unknown as IncomingMessage;

describe('TLS is required except on this computer', () => {
  it('allows plain http from loopback only', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect(transportRefusal(request(address), { behindTlsProxy: false })).toBeNull();
    }
    for (const address of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', '2001:db8::1']) {
      expect(transportRefusal(request(address), { behindTlsProxy: false })).toMatch(/https:\/\/ address/);
    }
  });

  it('allows any address over TLS the hub ends itself', () => {
    expect(transportRefusal(request('10.0.0.5', {}, true), { behindTlsProxy: false })).toBeNull();
  });

  it('behind a declared TLS proxy, requires the proxy to say the request came over https', () => {
    const proxy = { behindTlsProxy: true };
    expect(transportRefusal(request('10.0.0.2', { 'x-forwarded-proto': 'https' }), proxy)).toBeNull();
    expect(transportRefusal(request('10.0.0.2', { 'x-forwarded-proto': 'http' }), proxy)).toMatch(
      /only HTTPS/,
    );
    // Even from loopback: a proxy on the same machine forwarding plain http is still plain http.
    expect(transportRefusal(request('127.0.0.1'), proxy)).toMatch(/only HTTPS/);
  });
});
