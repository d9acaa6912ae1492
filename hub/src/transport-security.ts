import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export interface TransportOptions {
  /** The hub sits behind a proxy that ends TLS and says so with X-Forwarded-Proto: https. */
  behindTlsProxy: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export const isLoopback = (address: string | undefined): boolean => LOOPBACK.test(address ?? '');

/**
 * TLS is required except on this computer: a request that came over plain http from another machine is
 * refused before anything is read, so no password, credential or home's data crosses a network unencrypted.
 */
export function transportRefusal(req: IncomingMessage, options: TransportOptions): string | null {
  if ((req.socket as Partial<TLSSocket>).encrypted) return null;
  if (options.behindTlsProxy) {
    return req.headers['x-forwarded-proto'] === 'https'
      ? null
      : 'This hub accepts only HTTPS requests through its TLS proxy. Use the https:// address.';
  }
  return isLoopback(req.socket.remoteAddress)
    ? null
    : 'This hub accepts plain http only from this computer. Use the https:// address, or put the hub behind a TLS proxy (--behind-tls-proxy).';
}

/** Cookies are marked Secure everywhere except plain http on this computer. */
export const requestIsSecure = (req: IncomingMessage, options: TransportOptions): boolean =>
  Boolean((req.socket as Partial<TLSSocket>).encrypted) || options.behindTlsProxy;
