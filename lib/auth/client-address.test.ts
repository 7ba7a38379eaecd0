import { describe, expect, it } from 'vitest';
import { clientIp, PEER_HEADER, trustedProxyHops } from './client-address';

// The socket address stamped by a real server: rate-limit.int.test.ts.
describe('clientIp', () => {
  it('believes no header the client can set when no proxy is declared and the stamp is missing or forged', () => {
    const forged = new Headers({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '6.6.6.6', [PEER_HEADER]: 'x 6.6.6.6' });
    expect(clientIp(forged, 0)).toBe('unknown');
  });

  it('takes the Nth entry from the right of x-forwarded-for behind N proxies: the address our outermost proxy saw', () => {
    // "what the client wrote, what our first proxy saw, what our second proxy saw"
    const chain = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' });
    expect(clientIp(chain, 2)).toBe('203.0.113.7');
    expect(clientIp(chain, 1)).toBe('10.0.0.2');
    // A request that reached us without going through the proxies: Next.js wrote the socket's address.
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9' }), 2)).toBe('203.0.113.9');
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('is a whole number, 0 when unset, and refuses anything else with a clear message', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
    for (const wrong of ['-1', '1.5', 'oui']) expect(() => trustedProxyHops(wrong)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
