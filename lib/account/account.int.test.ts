import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, emailOutbox, pupils, schoolClasses, staffMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { CLASSES, demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { verifyPassword } from '@/lib/auth/password';
import { findUserForSignIn, loadSessionUser } from '@/lib/auth/queries';
import { RATE_LIMITS } from '@/lib/auth/rate-limit';
import type { SessionUser } from '@/lib/auth/types';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { deleteAccount } from './deletion-mutations';
import { changePassword, checkCurrentPassword, confirmEmailChange, requestEmailChange } from './mutations';
import { findEmailChangeLink } from './queries';

let t: TestDb;
const now = new Date('2026-11-28T10:00:00Z');
const context = { ip: '198.51.100.20', now };
const confirm = 'on' as const;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
});
afterAll(() => t.close());

const actor = async (id: string): Promise<SessionUser> => (await loadSessionUser(id, t.db))!;

async function lastMessageTo(email: string) {
  const rows = await t.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(emailOutbox.createdAt);
  return rows.at(-1);
}

describe('changing one’s password', () => {
  it('needs the current password, then replaces it', async () => {
    const host = await actor(PEOPLE.host.id);
    const wrong = await changePassword(
      host,
      { currentPassword: 'pas le bon', newPassword: 'mon nouveau mot de passe' },
      context,
      t.db,
    );
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['Mot de passe incorrect.'] } });

    expect(
      await changePassword(
        host,
        { currentPassword: DEMO_PASSWORD, newPassword: 'mon nouveau mot de passe' },
        context,
        t.db,
      ),
    ).toMatchObject({ ok: true });
    expect(
      await verifyPassword('mon nouveau mot de passe', (await findUserForSignIn(host.email, t.db))!.passwordHash!),
    ).toBe(true);
    expect(
      await t.db.$count(auditLog, and(eq(auditLog.action, 'user.password_changed'), eq(auditLog.targetId, host.id))),
    ).toBe(1);
  });
});

describe('the current password, asked before sensitive changes', () => {
  // Another 15-minute window than the other tests of this file, which check these accounts' passwords too.
  const at = new Date('2026-11-28T15:00:00Z');

  it('lets no more wrong guesses through than the sign-in limit, even sent all at once', async () => {
    const rep = await actor(PEOPLE.rep93.id);
    const guesses = await Promise.all(
      Array.from({ length: RATE_LIMITS.sign_in.perAccountAndIp + 5 }, (_, i) =>
        checkCurrentPassword(t.db, rep, `essai ${i}`, { ip: '198.51.100.60', now: at }),
      ),
    );
    const codes = guesses.map((result) => (result && !result.ok ? result.code : 'ACCEPTED'));
    expect(codes.filter((code) => code === 'VALIDATION')).toHaveLength(RATE_LIMITS.sign_in.perAccountAndIp);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(5);
  });

  it('does not count the right password as a failure', async () => {
    const rep = await actor(PEOPLE.repIdf.id);
    for (let i = 0; i <= RATE_LIMITS.sign_in.perAccountAndIp; i++)
      expect(await checkCurrentPassword(t.db, rep, DEMO_PASSWORD, { ip: '198.51.100.80', now: at })).toBeNull();
  });
});

describe('changing one’s e-mail address', () => {
  it('changes nothing until the link mailed to the new address is opened by the account holder', async () => {
    const operator = await actor(PEOPLE.operator.id);
    const newEmail = 'lea.fontaine@tous-en-stage.example';
    expect(
      await requestEmailChange(operator, { newEmail, currentPassword: DEMO_PASSWORD }, context, t.db),
    ).toMatchObject({ ok: true });
    expect((await actor(operator.id)).email).toBe(PEOPLE.operator.email);

    const message = await lastMessageTo(newEmail);
    expect(message).toMatchObject({ template: 'email_change' });
    const token = /\/compte\/adresse\/([\w-]+)/.exec(message!.secretLink!)![1]!;
    expect(await lastMessageTo(PEOPLE.operator.email)).toBeUndefined();

    // Someone else holding the link (a forwarded e-mail) cannot apply it to their own account.
    const stranger = await actor(PEOPLE.rep93.id);
    expect(await findEmailChangeLink(stranger, token, now, t.db)).toBeNull();
    expect(await confirmEmailChange(stranger, token, now, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    expect(await findEmailChangeLink(operator, token, now, t.db)).toEqual({ newEmail });
    expect(await confirmEmailChange(operator, token, now, t.db)).toEqual({ ok: true, data: { newEmail } });
    expect((await actor(operator.id)).email).toBe(newEmail);
    expect(await lastMessageTo(PEOPLE.operator.email)).toMatchObject({ template: 'email_changed' });
    expect(
      await t.db.$count(auditLog, and(eq(auditLog.action, 'user.email_changed'), eq(auditLog.targetId, operator.id))),
    ).toBe(1);
    expect(await confirmEmailChange(operator, token, now, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('refuses an address already in use, also when it was taken after the request', async () => {
    const rep = await actor(PEOPLE.rep93.id);
    const taken = await requestEmailChange(
      rep,
      { newEmail: PEOPLE.admin.email, currentPassword: DEMO_PASSWORD },
      context,
      t.db,
    );
    expect(taken).toMatchObject({ ok: false, code: 'EMAIL_TAKEN', fieldErrors: { newEmail: [expect.any(String)] } });

    const wanted = 'thomas.girard@prefecture.example';
    expect(
      await requestEmailChange(rep, { newEmail: wanted, currentPassword: DEMO_PASSWORD }, context, t.db),
    ).toMatchObject({ ok: true });
    const token = /\/compte\/adresse\/([\w-]+)/.exec((await lastMessageTo(wanted))!.secretLink!)![1]!;
    await t.db.update(users).set({ email: wanted }).where(eq(users.id, PEOPLE.headMarseille.id));
    expect(await confirmEmailChange(rep, token, now, t.db)).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
    expect((await actor(rep.id)).email).toBe(PEOPLE.rep93.email);
  });

  it('expires after 24 hours and needs the current password', async () => {
    const admin = await actor(PEOPLE.admin.id);
    expect(
      await requestEmailChange(admin, { newEmail: 'camille@exemple.fr', currentPassword: 'faux' }, context, t.db),
    ).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(
      await requestEmailChange(
        admin,
        { newEmail: 'camille@exemple.fr', currentPassword: DEMO_PASSWORD },
        context,
        t.db,
      ),
    ).toMatchObject({ ok: true });
    const token = /\/compte\/adresse\/([\w-]+)/.exec((await lastMessageTo('camille@exemple.fr'))!.secretLink!)![1]!;
    expect(await confirmEmailChange(admin, token, new Date(now.getTime() + 24 * 3600_000 + 1000), t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});

describe('deleting one’s account', () => {
  it('anonymises a pupil, keeps their school record and applications for statistics, and ends their session', async () => {
    const [person, , classKey, gender] = PUPILS[0];
    const pupil = await actor(person.id);
    expect(await deleteAccount(pupil, { currentPassword: 'faux', confirm }, context, t.db)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    expect(await deleteAccount(pupil, { currentPassword: DEMO_PASSWORD, confirm }, context, t.db)).toEqual({
      ok: true,
      data: undefined,
    });

    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({
      email: `supprime-${person.id}@compte-supprime.invalid`,
      firstName: 'Compte',
      lastName: 'supprimé',
      passwordHash: null,
      status: 'disabled',
      deletedAt: now,
    });
    expect(
      await t.db
        .select({ schoolId: pupils.schoolId, classId: pupils.classId, gender: pupils.gender })
        .from(pupils)
        .where(eq(pupils.userId, person.id)),
    ).toEqual([{ schoolId: demoId(101), classId: CLASSES[classKey][0], gender }]);
    // Seeded: a confirmed internship, a superseded, a submitted and a read application.
    const kept = await t.db
      .select({ status: applications.status, motivation: applications.motivation })
      .from(applications)
      .where(eq(applications.pupilId, person.id));
    expect(kept.map((a) => a.status).sort()).toEqual([
      'canceled_by_pupil',
      'canceled_by_pupil',
      'confirmed',
      'superseded',
    ]);
    expect(kept.every((a) => a.motivation === '')).toBe(true);

    expect(await loadSessionUser(person.id, t.db)).toBeNull();
    expect(await findUserForSignIn(person.email, t.db)).toBeNull();
    expect(
      await t.db.$count(auditLog, and(eq(auditLog.action, 'user.deleted'), eq(auditLog.targetId, person.id))),
    ).toBe(1);
  });

  it('refuses to delete the account of an active school head, who must hand over first', async () => {
    const head = await actor(PEOPLE.head.id);
    const result = await deleteAccount(head, { currentPassword: DEMO_PASSWORD, confirm }, context, t.db);
    expect(result).toMatchObject({
      ok: false,
      code: 'HEAD_REQUIRED',
      message: expect.stringContaining('Collège Henri Barbusse'),
    });
    expect(await loadSessionUser(head.id, t.db)).toMatchObject({ staffRole: 'head' });
  });

  it('ends a teacher’s membership and frees their class', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    expect(await deleteAccount(teacher, { currentPassword: DEMO_PASSWORD, confirm }, context, t.db)).toMatchObject({
      ok: true,
    });
    expect(await t.db.$count(staffMemberships, eq(staffMemberships.userId, teacher.id))).toBe(0);
    const [schoolClass] = await t.db
      .select({ mainTeacherId: schoolClasses.mainTeacherId })
      .from(schoolClasses)
      .where(eq(schoolClasses.id, CLASSES.A[0]));
    expect(schoolClass!.mainTeacherId).toBeNull();
  });
});
