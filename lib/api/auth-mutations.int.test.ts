import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { apiTokens, operators, rateLimits } from '@/db/schema';
import { seedOperators } from '@/lib/testing/operators';
import { authenticateApiRequest, LAST_USED_PRECISION_MS } from './auth-mutations';
import { API_RATE_LIMIT, consumeApiQuota } from './rate-limit';
import { createApiToken, revokeApiToken } from './token-mutations';

const now = new Date('2026-11-28T10:00:20Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const WRONG = { ok: false, code: 'UNAUTHORIZED', error: 'wrong api token' };

let t: TestDb;
let cast: Awaited<ReturnType<typeof seedOperators>>;
let token: { id: string; token: string };
beforeAll(async () => {
  t = await createTestDb();
  cast = await seedOperators(t.db, 'auth');
  const created = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'Outil' }, t.db);
  if (!created.ok) throw new Error(created.message);
  token = created.data;
});
afterAll(() => t.close());

const call = (authorization?: string, at = now) =>
  authenticateApiRequest(
    new Request('http://localhost/api/v1/internship_offers', {
      headers: authorization === undefined ? {} : { authorization },
    }),
    at,
    t.db,
  );

describe('authenticating a call', () => {
  it('finds the operator behind a valid Bearer token, its full access read on every call', async () => {
    const caller = { tokenId: token.id, operatorId: cast.operatorP, fullAccess: false };
    expect(await call(`Bearer ${token.token}`)).toEqual({ ok: true, caller });
    // The scheme is case-insensitive (RFC 7235).
    expect(await call(`bearer ${token.token}`)).toEqual({ ok: true, caller });
    await t.db.update(operators).set({ apiFullAccess: true }).where(eq(operators.id, cast.operatorP));
    expect(await call(`Bearer ${token.token}`)).toEqual({ ok: true, caller: { ...caller, fullAccess: true } });
    await t.db.update(operators).set({ apiFullAccess: false }).where(eq(operators.id, cast.operatorP));
  });

  it('answers the same 401 body to a missing header, another scheme, a malformed or an unknown token', async () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Basic ${token.token}`,
      token.token,
      `Bearer ${token.token} extra`,
      `Bearer ${token.token}x`,
      `Bearer ${'a'.repeat(5000)}`,
    ])
      expect(await call(header), String(header)).toEqual(WRONG);
  });

  it('refuses a revoked token from the next call on', async () => {
    const created = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'Fuité' }, t.db);
    if (!created.ok) throw new Error(created.message);
    expect(await call(`Bearer ${created.data.token}`)).toMatchObject({ ok: true });
    await revokeApiToken(cast.memberP, created.data.id, now, t.db);
    expect(await call(`Bearer ${created.data.token}`)).toEqual(WRONG);
  });

  it('records the last use at most once a minute per token', async () => {
    const lastUsed = async () =>
      (await t.db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, token.id)))[0]!.at;
    await t.db.update(apiTokens).set({ lastUsedAt: null }).where(eq(apiTokens.id, token.id));
    await call(`Bearer ${token.token}`, now);
    expect(await lastUsed()).toEqual(now);
    await call(`Bearer ${token.token}`, later(LAST_USED_PRECISION_MS - 1));
    expect(await lastUsed()).toEqual(now);
    await call(`Bearer ${token.token}`, later(LAST_USED_PRECISION_MS));
    expect(await lastUsed()).toEqual(later(LAST_USED_PRECISION_MS));
  });
});

describe('the rate limit per token', () => {
  it('allows 600 calls a minute, then answers how many seconds are left in the window', async () => {
    expect(API_RATE_LIMIT).toEqual({ windowMs: 60_000, perAccount: 600 });
    expect(await consumeApiQuota(token.id, now, t.db)).toEqual({ ok: true });
    // The window's other calls, without making them one by one.
    await t.db
      .update(rateLimits)
      .set({ hits: API_RATE_LIMIT.perAccount - 1 })
      .where(like(rateLimits.key, `api_request:%${token.id}`));
    expect(await consumeApiQuota(token.id, now, t.db)).toEqual({ ok: true });
    // now is 10:00:20: the window ends at 10:01:00.
    expect(await consumeApiQuota(token.id, now, t.db)).toEqual({ ok: false, retryAfter: 40 });
    expect(await consumeApiQuota(token.id, later(39_500), t.db)).toEqual({ ok: false, retryAfter: 1 });
    // Refused calls are not counted; the next window starts afresh; other tokens have their own.
    expect(await consumeApiQuota(token.id, later(40_000), t.db)).toEqual({ ok: true });
    expect(await consumeApiQuota(cast.operatorQ, now, t.db)).toEqual({ ok: true });
  });
});
