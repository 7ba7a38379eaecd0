import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { auditLog, emailOutbox, ministries } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { markVerified } from '@/lib/testing/accounts';
import { rejectRepresentative, signUpRepresentative, validateRepresentative } from './mutations';
import { listRepresentatives, ownScopeLabel } from './queries';
import { representativeSignUpSchema } from './schemas';

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = (await loadSessionUser(PEOPLE.admin.id, t.db))!;
});
afterAll(() => t.close());

const account = (email: string) => ({
  firstName: 'Claire',
  lastName: 'Morel',
  email,
  password: 'une phrase de passe assez longue',
});

/** Signs up, then opens the verification link (these tests are about the representative's scope). */
async function signUp(fields: Record<string, string>) {
  const result = await signUpRepresentative(representativeSignUpSchema.parse(fields), t.db);
  if (result.ok) await markVerified(t.db, fields.email!);
  return result;
}

describe('representative sign-up and validation', () => {
  it('is pending until an admin validates, then sees their department named', async () => {
    const created = await signUp({
      level: 'department',
      departmentCode: '13',
      ...account('pref13@interieur.gouv.test'),
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const pending = (await loadSessionUser(created.data.id, t.db))!;
    expect(pending).toMatchObject({ role: 'state_rep', scope: { level: 'department', code: '13', validated: false } });
    expect((await listRepresentatives(admin, { validated: false }, t.db)).rows.map((r) => [r.email, r.scope])).toEqual([
      ['pref13@interieur.gouv.test', 'Bouches-du-Rhône (13)'],
    ]);

    const validated = await validateRepresentative(admin, created.data.id, t.db);
    expect(validated.ok).toBe(true);
    const after = (await loadSessionUser(created.data.id, t.db))!;
    expect(after.scope).toEqual({ level: 'department', code: '13', validated: true });
    expect(await ownScopeLabel(after, t.db)).toBe('Bouches-du-Rhône (13)');

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'representative.validated'), eq(auditLog.targetId, created.data.id)));
    expect(entry).toMatchObject({ actorId: PEOPLE.admin.id, targetType: 'user' });
    const [mail] = await t.db
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.toAddress, 'pref13@interieur.gouv.test'),
          eq(emailOutbox.template, 'representative_validated'),
        ),
      );
    expect(mail).toMatchObject({ template: 'representative_validated' });
    expect(mail!.textBody).toContain('Bouches-du-Rhône (13)');

    expect(await validateRepresentative(admin, created.data.id, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
  });

  it('names regions, académies and ministries in the representative’s words', async () => {
    const [interior] = await t.db
      .select({ id: ministries.id })
      .from(ministries)
      .where(eq(ministries.name, 'Intérieur'));
    const cases = [
      [{ level: 'academy', academyCode: '02' }, 'Académie d’Aix-Marseille'],
      [{ level: 'ministry', ministryId: interior!.id }, 'Ministère : Intérieur'],
      [{ level: 'national' }, 'France entière'],
    ] as const;
    for (const [index, [scope, label]] of cases.entries()) {
      const created = await signUp({ ...scope, ...account(`scope${index}@demo.test`) });
      if (!created.ok) throw new Error(created.message);
      await validateRepresentative(admin, created.data.id, t.db);
      expect(await ownScopeLabel((await loadSessionUser(created.data.id, t.db))!, t.db)).toBe(label);
    }
    expect(await ownScopeLabel((await loadSessionUser(PEOPLE.repIdf.id, t.db))!, t.db)).toBe('Île-de-France');
  });

  it('asks for the territory of the chosen level, and only keeps that one', () => {
    const missing = representativeSignUpSchema.safeParse({
      level: 'region',
      departmentCode: '93',
      ...account('x@demo.test'),
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ['regionCode'], message: 'Choisissez votre région.' });
    const national = representativeSignUpSchema.parse({
      level: 'national',
      departmentCode: '93',
      ...account('x@demo.test'),
    });
    expect(national).toMatchObject({ level: 'national', territoryCode: null, ministryId: null });
  });

  it('refuses a territory that does not exist on its field', async () => {
    const result = await signUp({ level: 'department', departmentCode: '99', ...account('inconnu@demo.test') });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { departmentCode: ['Choisissez votre département.'] },
    });
  });

  it('lets only an admin validate or refuse', async () => {
    const created = await signUp({ level: 'region', regionCode: '93', ...account('paca@demo.test') });
    if (!created.ok) throw new Error(created.message);
    for (const id of [PEOPLE.rep93.id, PEOPLE.repIdf.id, PEOPLE.head.id, PEOPLE.host.id]) {
      const other = (await loadSessionUser(id, t.db))!;
      expect(await validateRepresentative(other, created.data.id, t.db)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await rejectRepresentative(other, created.data.id, t.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect((await listRepresentatives(other, { validated: false }, t.db)).rows).toEqual([]);
    }
    expect((await loadSessionUser(created.data.id, t.db))!.scope?.validated).toBe(false);
  });

  it('refusing a request disables the account, which then cannot be validated', async () => {
    const created = await signUp({ level: 'department', departmentCode: '93', ...account('pas-referent@demo.test') });
    if (!created.ok) throw new Error(created.message);
    expect(await rejectRepresentative(admin, created.data.id, t.db)).toMatchObject({ ok: true });
    expect(await loadSessionUser(created.data.id, t.db)).toBeNull();
    expect(await validateRepresentative(admin, created.data.id, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'representative.rejected'), eq(auditLog.targetId, created.data.id))),
    ).toHaveLength(1);
    expect(await rejectRepresentative(admin, PEOPLE.rep93.id, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
