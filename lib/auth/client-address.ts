import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { log } from '@/lib/log';

/*
 * The client's address, for the rate limits. Next.js gives route handlers, server actions and the
 * proxy no socket address: only headers. Its own server sets x-forwarded-for to the socket address
 * only when the request has none (`??=` in next/dist/server/base-server.js), so with no proxy in
 * front a client picks its own x-forwarded-for, and x-real-ip too. Hence:
 *
 * - installPeerStamp() (called by instrumentation.ts when the server starts) writes the socket's
 *   address on every request into PEER_HEADER, prefixed with a secret drawn at start-up and kept in
 *   memory: whatever a client sends under that name is overwritten, and a value without the secret
 *   (the stamp missing) is never believed.
 * - TRUSTED_PROXY_HOPS says how many reverse proxies stand in front of the server, each appending
 *   the address it saw to x-forwarded-for. 0 (the default): no header the client can set is read,
 *   the address is the socket's. N: the Nth entry from the right of x-forwarded-for, the address
 *   the outermost of our proxies saw; the entries left of it were sent by the client. With N set,
 *   the server must be reachable only through those proxies.
 */
export const PEER_HEADER = 'x-monstage-peer';
const SECRET = Symbol.for('monstage.peer-secret');
type WithSecret = typeof globalThis & { [SECRET]?: string };

/** Stamps the socket's address on every request of every HTTP server of this process (once). */
export function installPeerStamp(): void {
  const global = globalThis as WithSecret;
  if (global[SECRET]) return;
  const secret = randomUUID();
  global[SECRET] = secret;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stampPeer(args[0] as http.IncomingMessage, secret);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

function stampPeer(request: http.IncomingMessage, secret: string): void {
  request.headers[PEER_HEADER] = `${secret} ${request.socket.remoteAddress ?? ''}`;
}

/** The socket address stamped on this request; null when the stamp is missing or forged. */
function peerAddress(headers: Headers): string | null {
  const secret = (globalThis as WithSecret)[SECRET];
  const value = headers.get(PEER_HEADER);
  if (!secret || !value?.startsWith(`${secret} `)) return null;
  return value.slice(secret.length + 1) || null;
}

/** TRUSTED_PROXY_HOPS: a whole number of reverse proxies in front of the server, 0 by default. */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === '') return 0;
  if (!/^\d+$/.test(value.trim()))
    throw new Error(`TRUSTED_PROXY_HOPS doit être un nombre entier de proxys (0, 1, 2…), pas « ${value} ».`);
  return Number(value);
}

let warnedUnknown = false;

/** The address the rate limits count for this request (see above). */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  const peer = peerAddress(headers);
  if (hops > 0) {
    const forwarded = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Fewer entries than proxies: as far as the chain goes (Next.js writes the socket's address
    // when no proxy did).
    const address = forwarded.at(-hops) ?? forwarded[0] ?? peer;
    if (address) return address;
  } else if (peer) return peer;
  if (!warnedUnknown) {
    warnedUnknown = true;
    log('warn', 'client_address_unknown', { hint: 'instrumentation.ts installPeerStamp() did not run' });
  }
  return 'unknown';
}
