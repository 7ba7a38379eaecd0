import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { markVerified } from '@/lib/testing/accounts';
import { searchOffersForPupil } from '@/lib/offers/search-queries';
import { recordConsents, signUpPupil, withdrawConsent } from './mutations';
import { setClassInviteLink } from '@/lib/classes/mutations';
import { findClassByInviteToken, getClassFollowUp } from '@/lib/classes/queries';

const TODAY = '2026-11-28';
const [ines, yanis, adam, maeva] = [PUPILS[0][0], PUPILS[1][0], PUPILS[4][0], PUPILS[7][0]];
const CLASS_A = demoId(201);
const CLASS_B = demoId(202);
const CLASS_MARSEILLE = demoId(203);

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const pupilRow = async (id: string) => (await t.db.select().from(s.pupils).where(eq(s.pupils.userId, id)))[0];
const signUp = (fields: Partial<Parameters<typeof signUpPupil>[0]> & { email: string }) =>
  signUpPupil(
    {
      schoolId: demoId(101),
      classId: CLASS_A,
      firstName: 'Chloé',
      lastName: 'Martin',
      gender: 'girl',
      password: 'une phrase de passe assez longue',
      ...fields,
    },
    { today: TODAY },
    t.db,
  );

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
});
afterAll(() => t.close());

describe('pupil sign-up', () => {
  it('creates a pupil in a class of a registered school, awaiting confirmation and parental authorisation', async () => {
    const result = await signUp({ email: 'Chloe.Martin@Exemple.fr', gender: 'not_stated' });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : '';
    const [user] = await t.db.select().from(s.users).where(eq(s.users.id, id));
    // Without the class's link: pending until the main teacher confirms (class-approval.int.test.ts).
    expect(user).toMatchObject({ email: 'chloe.martin@exemple.fr', role: 'pupil', status: 'pending' });
    expect(await pupilRow(id)).toMatchObject({
      schoolId: demoId(101),
      classId: CLASS_A,
      gender: 'not_stated',
      parentalConsentAt: null,
    });
    // The address is verified first (lib/account/verification.int.test.ts); here it is about the pupil.
    expect(user!.emailVerifiedAt).toBeNull();
    await markVerified(t.db, user!.email);
    const session = await actor(id);
    expect(session).toMatchObject({ schoolId: demoId(101), classId: CLASS_A, pendingConsent: true });
    // Blocked: no offer until the authorisation is recorded.
    expect(await searchOffersForPupil(session, {}, { page: 1, today: TODAY }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses a school not registered by its head, even with a forged class', async () => {
    const result = await signUp({ email: 'forge.1@exemple.fr', schoolId: demoId(102) });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(result.ok || result.message).toMatch(/pas encore inscrit/);
  });

  it('refuses a class of another school, and leaves no account behind', async () => {
    const result = await signUp({ email: 'forge.2@exemple.fr', classId: CLASS_MARSEILLE });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', fieldErrors: { classId: [expect.any(String)] } });
    expect(await t.db.select().from(s.users).where(eq(s.users.email, 'forge.2@exemple.fr'))).toEqual([]);
  });

  it('creates nothing for an address already in use, and tells its owner with "tu"', async () => {
    expect(await signUp({ email: ines.email })).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
    const [mail] = await t.db
      .select()
      .from(s.emailOutbox)
      .where(and(eq(s.emailOutbox.toAddress, ines.email), eq(s.emailOutbox.template, 'sign_up_with_taken_address')));
    expect(mail!.textBody).toContain("Si c'était toi, connecte-toi");
  });
});

describe('class invite link', () => {
  it('is created by the main teacher, leads to the class, and replacing it revokes the old one', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    const first = await setClassInviteLink(teacher, { classId: CLASS_A, replace: false }, t.db);
    const token = first.ok ? first.data.token : '';
    expect(await findClassByInviteToken(token, t.db)).toMatchObject({
      classId: CLASS_A,
      schoolId: demoId(101),
      className: '3e A',
      registered: true,
    });
    expect(await signUp({ email: 'lien.1@exemple.fr', token })).toMatchObject({ ok: true });

    // Replacing needs the explicit confirmation.
    expect(await setClassInviteLink(teacher, { classId: CLASS_A, replace: false }, t.db)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    const second = await setClassInviteLink(teacher, { classId: CLASS_A, replace: true }, t.db);
    expect(second.ok && second.data.token).not.toBe(token);
    expect(await findClassByInviteToken(token, t.db)).toBeNull();
    expect(await signUp({ email: 'lien.2@exemple.fr', token })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('cannot be read or changed from another school', async () => {
    const headMarseille = await actor(PEOPLE.headMarseille.id);
    expect(await setClassInviteLink(headMarseille, { classId: CLASS_A, replace: true }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await getClassFollowUp(headMarseille, CLASS_A, t.db)).toBeNull();
    // The main teacher of 3e A does not follow 3e B: it reads as missing, as from another school.
    const teacher = await actor(PEOPLE.teacher.id);
    expect(await getClassFollowUp(teacher, CLASS_B, t.db)).toBeNull();
    // A teacher, who has no class of their own, follows every class but does not see its link.
    expect(await getClassFollowUp({ ...teacher, staffRole: 'teacher' }, CLASS_B, t.db)).toMatchObject({
      name: '3e B',
      inviteToken: null,
      canRecordConsent: false,
    });
  });
});

describe('parental authorisation', () => {
  it('is recorded by the main teacher, audited, and opens the offers to the pupil', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    const result = await recordConsents(teacher, { classId: CLASS_A, pupilIds: [yanis.id, ines.id] }, t.db);
    // Inès already had hers: only Yanis changes.
    expect(result).toEqual({ ok: true, data: { count: 1 } });
    expect(await pupilRow(yanis.id)).toMatchObject({
      parentalConsentAt: expect.any(Date),
      parentalConsentRecordedBy: PEOPLE.teacher.id,
    });
    const entries = await t.db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'pupil.consent_recorded'), eq(s.auditLog.targetId, yanis.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: PEOPLE.teacher.id,
      targetType: 'pupil',
      details: { classId: CLASS_A },
    });
    const offers = await searchOffersForPupil(await actor(yanis.id), {}, { page: 1, today: TODAY }, t.db);
    expect(offers.ok && offers.data.total).toBeGreaterThan(0);
  });

  it('changes nothing for the head of another school forging the class', async () => {
    await t.db
      .update(s.pupils)
      .set({ parentalConsentAt: null, parentalConsentRecordedBy: null })
      .where(eq(s.pupils.userId, yanis.id));
    const headMarseille = await actor(PEOPLE.headMarseille.id);
    expect(await recordConsents(headMarseille, { classId: CLASS_A, pupilIds: [yanis.id] }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await withdrawConsent(headMarseille, { classId: CLASS_A, pupilId: ines.id }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await pupilRow(yanis.id)).toMatchObject({ parentalConsentAt: null });
    expect((await pupilRow(ines.id))!.parentalConsentAt).not.toBeNull();
  });

  it('only touches pupils of that class in the actor school, whatever ids the form sends', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    // Maëva is in Marseille: her id smuggled into a 3e A form is ignored.
    expect(await recordConsents(teacher, { classId: CLASS_A, pupilIds: [maeva.id] }, t.db)).toEqual({
      ok: true,
      data: { count: 0 },
    });
    expect(await pupilRow(maeva.id)).toMatchObject({ parentalConsentAt: null });
    // 3e B is not their class: a main teacher records only their own class's forms, and does not
    // even follow another class (it reads as missing); a teacher follows it but records nothing.
    expect(await recordConsents(teacher, { classId: CLASS_B, pupilIds: [adam.id] }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(
      await recordConsents({ ...teacher, staffRole: 'teacher' }, { classId: CLASS_B, pupilIds: [adam.id] }, t.db),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('is recorded by the head for any class of the school', async () => {
    const head = await actor(PEOPLE.head.id);
    expect(await recordConsents(head, { classId: CLASS_A, pupilIds: [yanis.id] }, t.db)).toEqual({
      ok: true,
      data: { count: 1 },
    });
  });

  it('can be withdrawn when recorded by mistake, audited, and the pupil loses the offers at once', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    expect(await withdrawConsent(teacher, { classId: CLASS_A, pupilId: yanis.id }, t.db)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await pupilRow(yanis.id)).toMatchObject({ parentalConsentAt: null, parentalConsentRecordedBy: null });
    const [entry] = await t.db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'pupil.consent_withdrawn'), eq(s.auditLog.targetId, yanis.id)));
    expect(entry).toMatchObject({ actorId: PEOPLE.teacher.id, details: { classId: CLASS_A } });
    expect(await searchOffersForPupil(await actor(yanis.id), {}, { page: 1, today: TODAY }, t.db)).toMatchObject({
      ok: false,
    });
    // Nothing left to withdraw.
    expect(await withdrawConsent(teacher, { classId: CLASS_A, pupilId: yanis.id }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
