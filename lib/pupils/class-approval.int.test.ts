import { markVerified } from '@/lib/testing/accounts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { approveDerogation, withdrawDerogation } from '@/lib/admin/mutations';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { setClassInviteLink } from '@/lib/classes/mutations';
import { getClassFollowUp, listClasses } from '@/lib/classes/queries';
import { findOfferForViewer } from '@/lib/offers/offer-page-queries';
import { searchOffersForPupil } from '@/lib/offers/search-queries';
import { approveClassPupils, recordConsents, signUpPupil } from './mutations';
import { getPupilOverview } from './queries';

const TODAY = '2026-11-28';
const CLASS_A = demoId(201);
const CLASS_B = demoId(202);
const ines = PUPILS[0][0];

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const signUp = async (email: string, token?: string) => {
  const result = await signUpPupil(
    {
      schoolId: demoId(101),
      classId: CLASS_A,
      token,
      firstName: 'Chloé',
      lastName: email.split('@')[0]!,
      gender: 'girl',
      email,
      password: 'une phrase de passe assez longue',
    },
    { today: TODAY },
    t.db,
  );
  if (!result.ok) throw new Error(result.message);
  await markVerified(t.db, email);
  return result.data.id;
};
const statusOf = async (id: string) =>
  (await t.db.select({ status: s.users.status }).from(s.users).where(eq(s.users.id, id)))[0]!.status;
const classOf = async (viewer: string, classId = CLASS_A) =>
  (await getClassFollowUp(await actor(viewer), classId, t.db))!;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
});
afterAll(() => t.close());

describe('signing up without the class’s link', () => {
  it('waits for the main teacher’s confirmation: not in the class, no authorisation, told what happens next', async () => {
    const id = await signUp('sans.lien@exemple.fr');
    expect(await statusOf(id)).toBe('pending');
    const cls = await classOf(PEOPLE.teacher.id);
    expect(cls.pupils.map((pupil) => pupil.id)).not.toContain(id);
    expect(cls.joinRequests.map((pupil) => pupil.id)).toEqual([id]);
    expect((await listClasses(await actor(PEOPLE.head.id), 2026, t.db)).find((c) => c.id === CLASS_A)!.pupils).toBe(4);
    // Consent cannot be recorded for someone the class has not confirmed.
    const teacher = await actor(PEOPLE.teacher.id);
    expect(await recordConsents(teacher, { classId: CLASS_A, pupilIds: [id] }, t.db)).toEqual({
      ok: true,
      data: { count: 0 },
    });
    expect(await getPupilOverview(await actor(id), t.db)).toMatchObject({
      awaitingApproval: true,
      className: '3e A',
      canSearchOffers: false,
    });
  });

  it('is confirmed by the class’s main teacher only (or the head), audited, and then joins the class', async () => {
    const id = await signUp('a.confirmer@exemple.fr');
    const request = { classId: CLASS_A, pupilIds: [id] };
    // The main teacher of another class (3e B reads as missing to them: they do not follow it); a
    // teacher who follows it but is not its main teacher; a head of another school.
    const teacherA = await actor(PEOPLE.teacher.id);
    expect(await approveClassPupils(teacherA, { ...request, classId: CLASS_B }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(
      await approveClassPupils({ ...teacherA, staffRole: 'teacher' }, { ...request, classId: CLASS_B }, t.db),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await approveClassPupils(await actor(PEOPLE.headMarseille.id), request, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await (await classOf(PEOPLE.head.id, CLASS_B)).joinRequests).toEqual([]);
    expect(await statusOf(id)).toBe('pending');

    const teacher = await actor(PEOPLE.teacher.id);
    expect(await approveClassPupils(teacher, request, t.db)).toEqual({ ok: true, data: { count: 1 } });
    expect(await statusOf(id)).toBe('active');
    const [entry] = await t.db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'pupil.class_approved'), eq(s.auditLog.targetId, id)));
    expect(entry).toMatchObject({ actorId: PEOPLE.teacher.id, details: { classId: CLASS_A } });
    expect((await classOf(PEOPLE.teacher.id)).pupils.map((pupil) => pupil.id)).toContain(id);
    expect(await getPupilOverview(await actor(id), t.db)).toMatchObject({ awaitingApproval: false });
    expect(await recordConsents(teacher, request, t.db)).toEqual({ ok: true, data: { count: 1 } });
  });

  it('approves nobody outside the class’s pending pupils, whatever ids the form sent', async () => {
    const head = await actor(PEOPLE.head.id);
    const other = await signUp('autre.classe@exemple.fr');
    await t.db.update(s.pupils).set({ classId: CLASS_B }).where(eq(s.pupils.userId, other));
    expect(await approveClassPupils(head, { classId: CLASS_A, pupilIds: [other, ines.id] }, t.db)).toEqual({
      ok: true,
      data: { count: 0 },
    });
    expect(await statusOf(other)).toBe('pending');
  });
});

describe('signing up with the class’s link', () => {
  it('joins the class at once through the current link; a replaced link no longer works', async () => {
    const teacher = await actor(PEOPLE.teacher.id);
    const first = await setClassInviteLink(teacher, { classId: CLASS_A, replace: false }, t.db);
    const old = first.ok ? first.data.token : '';
    expect(await statusOf(await signUp('avec.lien@exemple.fr', old))).toBe('active');
    const second = await setClassInviteLink(teacher, { classId: CLASS_A, replace: true }, t.db);
    await expect(signUp('ancien.lien@exemple.fr', old)).rejects.toThrow(/n’est plus valable/);
    expect(await statusOf(await signUp('nouveau.lien@exemple.fr', second.ok ? second.data.token : ''))).toBe('active');
  });
});

describe('a school whose derogation is withdrawn', () => {
  it('stops showing offers to its pupils at once, in the search and on the offer pages', async () => {
    const admin = await actor(PEOPLE.admin.id);
    await t.db
      .update(s.schools)
      .set({ network: 'none' })
      .where(eq(s.schools.id, demoId(101)));
    expect(await approveDerogation(admin, { schoolId: demoId(101), note: 'Accord préfecture' }, t.db)).toMatchObject({
      ok: true,
    });
    const pupil = await actor(ines.id);
    expect(await searchOffersForPupil(pupil, {}, { page: 1, today: TODAY }, t.db)).toMatchObject({ ok: true });
    expect(await findOfferForViewer(pupil, demoId(404), TODAY, t.db)).toMatchObject({ id: demoId(404) });

    expect(await withdrawDerogation(admin, demoId(101), t.db)).toMatchObject({ ok: true });
    expect(await searchOffersForPupil(pupil, {}, { page: 1, today: TODAY }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await findOfferForViewer(pupil, demoId(404), TODAY, t.db)).toBeNull();
    expect(await getPupilOverview(pupil, t.db)).toMatchObject({ schoolEligible: false, canSearchOffers: false });
  });
});
