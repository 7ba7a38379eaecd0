import { like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import { log } from '@/lib/log';
import { seedOperators } from '@/lib/testing/operators';
import { apiRoute } from './http';
import { API_RATE_LIMIT } from './rate-limit';
import { createApiToken } from './token-mutations';
import { apiError, type ApiCaller } from './types';

/*
 * The wrapper around a tiny fake handler, on a real database: route handlers reach it through
 * getDb(), pointed here at the test's database.
 */
const holder = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: async () => holder.db!,
}));
vi.mock('@/lib/log', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/log')>()),
  log: vi.fn(),
}));
const logged = vi.mocked(log);

let t: TestDb;
let cast: Awaited<ReturnType<typeof seedOperators>>;
let token: { id: string; token: string };
beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  cast = await seedOperators(t.db, 'http');
  const created = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'Outil' }, t.db);
  if (!created.ok) throw new Error(created.message);
  token = created.data;
});
afterAll(() => t.close());
beforeEach(() => logged.mockClear());

/** A fake route: echoes its caller and params, or answers what the test asks for. */
const seen: { caller?: ApiCaller; params?: unknown } = {};
const route = apiRoute<{ remoteId: string }>(async (caller, request, params) => {
  seen.caller = caller;
  seen.params = params;
  const mode = new URL(request.url).searchParams.get('mode');
  if (mode === 'throw') throw new Error('boom: SELECT secret FROM offers');
  if (mode === 'missing') return apiError('NOT_FOUND', "can't find internship_offer with this remote_id");
  return { ok: true, status: 200, body: { remote_id: params.remoteId } };
});

const send = (path: string, init: RequestInit & { auth?: string | null } = {}) => {
  const { auth = `Bearer ${token.token}`, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (auth) headers.set('Authorization', auth);
  return route(new Request(`http://localhost/api/v1/internship_offers/${path}`, { ...rest, headers }), {
    params: Promise.resolve({ remoteId: 'abc-1' }),
  });
};

describe('apiRoute', () => {
  it('runs the handler with the caller and params, answers JSON uncached, and logs one line without the token', async () => {
    const response = await send('abc-1?mode=ok', { method: 'PATCH' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ remote_id: 'abc-1' });
    expect(seen).toEqual({
      caller: { tokenId: token.id, operatorId: cast.operatorP, fullAccess: false },
      params: { remoteId: 'abc-1' },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith('info', 'api_request', {
      tokenId: token.id,
      operatorId: cast.operatorP,
      method: 'PATCH',
      path: '/api/v1/internship_offers/abc-1',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(logged.mock.calls)).not.toContain(token.token);
  });

  it('answers a refusal with the status of its code', async () => {
    const response = await send('abc-1?mode=missing', { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 'NOT_FOUND',
      error: "can't find internship_offer with this remote_id",
    });
  });

  it('answers 401 without calling the handler when the token is missing or wrong, and logs it', async () => {
    seen.caller = undefined;
    for (const auth of [null, 'Bearer mst_inconnu']) {
      const response = await send('abc-1', { auth });
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ code: 'UNAUTHORIZED', error: 'wrong api token' });
    }
    expect(seen.caller).toBeUndefined();
    expect(logged).toHaveBeenLastCalledWith(
      'info',
      'api_request',
      expect.objectContaining({ tokenId: null, operatorId: null, status: 401 }),
    );
  });

  it('answers 500 with nothing of the error but its code, and logs the error', async () => {
    const response = await send('abc-1?mode=throw', { method: 'POST' });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ code: 'INTERNAL_ERROR', error: 'internal server error' });
    expect(logged).toHaveBeenCalledWith(
      'error',
      'api_request',
      expect.objectContaining({ tokenId: token.id, status: 500, error: 'Error: boom: SELECT secret FROM offers' }),
    );
  });

  it('answers 429 with Retry-After once the token used up its minute, without calling the handler', async () => {
    const created = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'Pressé' }, t.db);
    if (!created.ok) throw new Error(created.message);
    const auth = `Bearer ${created.data.token}`;
    expect((await send('abc-1', { auth })).status).toBe(200);
    await t.db
      .update(rateLimits)
      .set({ hits: API_RATE_LIMIT.perAccount })
      .where(like(rateLimits.key, `api_request:%${created.data.id}`));
    seen.caller = undefined;
    const response = await send('abc-1', { auth });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await response.json()).toEqual({
      code: 'TOO_MANY_REQUESTS',
      error: `rate limit exceeded, retry in ${retryAfter} seconds`,
    });
    expect(seen.caller).toBeUndefined();
    // Another token of the same operator has its own minute.
    expect((await send('abc-1')).status).toBe(200);
  });
});
