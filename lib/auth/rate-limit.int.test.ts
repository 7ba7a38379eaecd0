import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { installPeerStamp, PEER_HEADER } from './client-address';
import { clearAttempts, clientIp, consumeAttempt, RATE_LIMITS } from './rate-limit';

/*
 * Through a real HTTP server with the socket-address stamp instrumentation.ts installs, and no proxy
 * declared (TRUSTED_PROXY_HOPS unset): each request takes a sign-in attempt for the account it
 * names, counted under the address clientIp finds, as the sign-in form does before checking the
 * password (a wrong password keeps it).
 */
const now = new Date('2026-11-28T10:00:00Z');
let t: TestDb;
let server: Server;
let port: number;
beforeAll(async () => {
  t = await createTestDb();
  installPeerStamp();
  server = createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string') headers.set(name, value);
    const ip = clientIp(headers);
    void consumeAttempt('sign_in', request.url!.slice(1), ip, now, t.db).then((allowed) =>
      response.end(JSON.stringify({ ip, allowed })),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** A failed sign-in on `account` from the local address `from` (any 127.x address is this machine). */
function failSignIn(account: string, from: string, headers: Record<string, string> = {}) {
  return new Promise<{ ip: string; allowed: boolean }>((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path: `/${account}`, localAddress: from, headers },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body)));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('sign-in limits without a declared proxy', () => {
  it('keys on the socket’s address: a spoofed X-Forwarded-For or X-Real-IP opens no fresh bucket', async () => {
    const results = [];
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccountAndIp + 2; i++)
      results.push(
        await failSignIn('cible@demo.test', '127.0.0.5', {
          'x-forwarded-for': `203.0.113.${i}`,
          'x-real-ip': `198.51.100.${i}`,
          [PEER_HEADER]: `x 192.0.2.${i}`,
        }),
      );
    expect(new Set(results.map((result) => result.ip))).toEqual(new Set(['127.0.0.5']));
    expect(results.map((result) => result.allowed)).toEqual([
      ...Array<boolean>(RATE_LIMITS.sign_in.perAccountAndIp).fill(true),
      false,
      false,
    ]);
  });

  it('stops an attacker failing on purpose on a victim’s account, not the victim from another address', async () => {
    for (let i = 0; i < RATE_LIMITS.sign_in.perAccountAndIp; i++)
      expect(await failSignIn('victime@demo.test', '127.0.0.6')).toMatchObject({ allowed: true });
    expect(await failSignIn('victime@demo.test', '127.0.0.6')).toEqual({ ip: '127.0.0.6', allowed: false });
    expect(await failSignIn('victime@demo.test', '127.0.0.7')).toEqual({ ip: '127.0.0.7', allowed: true });
  });

  it('stops one address trying many accounts after 50 failures', async () => {
    for (let i = 0; i < RATE_LIMITS.sign_in.perIp; i++)
      expect(await failSignIn(`compte${i}@demo.test`, '127.0.0.8')).toMatchObject({ allowed: true });
    expect(await failSignIn('nouveau@demo.test', '127.0.0.8')).toMatchObject({ allowed: false });
    expect(await failSignIn('nouveau@demo.test', '127.0.0.9')).toMatchObject({ allowed: true });
  });
});

describe('password reset and sign-up limits', () => {
  it.each(['password_reset', 'sign_up'] as const)(
    '%s: stops one connection on one address, not the owner elsewhere; a ceiling per address bounds the mails',
    async (action) => {
      const limits = RATE_LIMITS[action];
      const account = `${action}@demo.test`;
      const take = (ip: string) => consumeAttempt(action, account, ip, now, t.db);
      for (let i = 0; i < limits.perAccountAndIp; i++) expect(await take('198.51.100.1')).toBe(true);
      expect(await take('198.51.100.1')).toBe(false);
      expect(await take('198.51.100.2')).toBe(true);
      // The mails to one address stop at the ceiling, whatever the number of connections.
      let allowed = limits.perAccountAndIp + 1;
      for (let ip = 3; ip < 50 && allowed < limits.perAccount; ip++) while (await take(`198.51.100.${ip}`)) allowed++;
      expect(allowed).toBe(limits.perAccount);
      expect(await take('198.51.100.99')).toBe(false);
    },
  );

  it('a password reset lifts the sign-in limit of the account from every address', async () => {
    for (const ip of ['198.51.100.10', '198.51.100.11'])
      for (let i = 0; i < RATE_LIMITS.sign_in.perAccountAndIp; i++)
        await consumeAttempt('sign_in', 'oubli@demo.test', ip, now, t.db);
    await clearAttempts('sign_in', 'Oubli@demo.test', t.db);
    for (const ip of ['198.51.100.10', '198.51.100.11'])
      expect(await consumeAttempt('sign_in', 'oubli@demo.test', ip, now, t.db)).toBe(true);
  });
});
