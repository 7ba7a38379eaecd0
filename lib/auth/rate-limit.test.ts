import { describe, expect, it } from 'vitest';
import { clientIp } from './rate-limit';

describe('clientIp', () => {
  it('takes the address the proxy in front of us appended, not one the client wrote', () => {
    // "client-supplied, address seen by our proxy": a forged first entry must not open a fresh rate-limit bucket.
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.8' }))).toBe('203.0.113.8');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
