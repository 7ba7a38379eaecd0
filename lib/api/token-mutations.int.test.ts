import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { apiTokens, auditLog } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import { seedOperators } from '@/lib/testing/operators';
import { createApiToken, revokeApiToken } from './token-mutations';
import { listApiTokens } from './token-queries';

let t: TestDb;
let cast: Awaited<ReturnType<typeof seedOperators>>;
beforeAll(async () => {
  t = await createTestDb();
  cast = await seedOperators(t.db, 'jetons');
});
afterAll(() => t.close());

describe('creating a token', () => {
  it('gives the clear token once, prefixed, and stores only its hash, with an audit entry', async () => {
    const result = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: '  Outil RH  ' }, t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.token).toMatch(/^mst_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, result.data.id));
    expect(row).toMatchObject({
      name: 'Outil RH',
      tokenHash: hashToken(result.data.token),
      createdBy: cast.memberP.id,
    });
    expect(JSON.stringify(row)).not.toContain(result.data.token);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'operator.api_token_created'));
    expect(audits.map((a) => a.details)).toContainEqual({ tokenId: result.data.id, name: 'Outil RH' });
    expect(JSON.stringify(audits)).not.toContain(result.data.token);
  });

  it('refuses a member of another operator, lets the admin create one', async () => {
    expect(await createApiToken(cast.memberQ, { operatorId: cast.operatorP, name: 'Intrus' }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await createApiToken(cast.admin, { operatorId: cast.operatorP, name: 'Par l’équipe' }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await createApiToken(cast.admin, { operatorId: 'pas-un-id', name: 'X' }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('requires a name of 80 characters at most, in French', async () => {
    for (const name of ['', '   ', 'x'.repeat(81)]) {
      const result = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name }, t.db);
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
      if (!result.ok) expect(result.fieldErrors?.name?.[0]).toMatch(/^(Donnez un nom au jeton\.|Le nom tient en 80)/);
    }
    expect(
      await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'x'.repeat(80) }, t.db),
    ).toMatchObject({ ok: true });
  });
});

describe('listing and revoking', () => {
  it('lists an operator’s tokens, never their hash, to its members and the admin only', async () => {
    await createApiToken(cast.memberQ, { operatorId: cast.operatorQ, name: 'Outil de Q' }, t.db);
    const list = await listApiTokens(cast.memberP, cast.operatorP, t.db);
    expect(list!.map((row) => row.name)).toEqual(expect.arrayContaining(['Outil RH', 'Par l’équipe']));
    expect(list!.map((row) => row.name)).not.toContain('Outil de Q');
    expect(Object.keys(list![0]!).sort()).toEqual(['createdAt', 'createdBy', 'id', 'lastUsedAt', 'name', 'revokedAt']);
    expect(list!.find((row) => row.name === 'Outil RH')!.createdBy).toBe('Camille jetons');
    expect(await listApiTokens(cast.memberQ, cast.operatorP, t.db)).toBeNull();
    expect(await listApiTokens(cast.admin, cast.operatorP, t.db)).toHaveLength(list!.length);
  });

  it('revokes once for the operator’s members and the admin, refuses others, and lists revoked tokens last', async () => {
    const now = new Date('2026-11-28T10:00:00Z');
    const created = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'À révoquer' }, t.db);
    const other = await createApiToken(cast.memberP, { operatorId: cast.operatorP, name: 'Par l’admin' }, t.db);
    if (!created.ok || !other.ok) throw new Error('création refusée');
    expect(await revokeApiToken(cast.memberQ, created.data.id, now, t.db)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await revokeApiToken(cast.memberP, created.data.id, now, t.db)).toEqual({
      ok: true,
      data: { operatorId: cast.operatorP, name: 'À révoquer' },
    });
    expect(await revokeApiToken(cast.memberP, created.data.id, now, t.db)).toMatchObject({ code: 'ALREADY_DONE' });
    expect(await revokeApiToken(cast.admin, other.data.id, now, t.db)).toMatchObject({ ok: true });
    expect(await revokeApiToken(cast.admin, 'pas-un-id', now, t.db)).toMatchObject({ code: 'NOT_FOUND' });
    const list = (await listApiTokens(cast.memberP, cast.operatorP, t.db))!;
    expect(list.at(-1)!.revokedAt).toEqual(now);
    expect(list[0]!.revokedAt).toBeNull();
  });
});
