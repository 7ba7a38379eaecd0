import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications, auditLog, pupils, staffMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import {
  adultInactivityCutoff,
  lastEndedSchoolYear,
  purgeExpiredAccounts,
  UNVERIFIED_ACCOUNT_DAYS,
} from './retention-mutations';

let t: TestDb;
const seededAt = new Date('2026-11-28T10:00:00Z');
const DAY_MS = 24 * 3600_000;

// Every pupil of the demo campaign: the named ones and those holding the seats of its full offers.
let pupilIds: string[];
// Signed up in June 2027, for 2027-2028, then their class was deleted: kept on 1 September 2027.
const lateSignUp = PUPILS[7][0].id;
// Their class was deleted: counted in the school year of their sign-up (2026-2027).
const classless = PUPILS[6][0].id;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, seededAt);
  pupilIds = (await t.db.select({ id: pupils.userId }).from(pupils)).map((row) => row.id);
  // Accounts default to the real clock's creation date: pinned to the demo's date.
  await t.db.update(users).set({ createdAt: seededAt });
  await t.db
    .update(pupils)
    .set({ classId: null })
    .where(inArray(pupils.userId, [lateSignUp, classless]));
  await t.db
    .update(users)
    .set({ createdAt: new Date('2027-06-15T08:00:00Z') })
    .where(eq(users.id, lateSignUp));
});
afterAll(() => t.close());

const retentionAudits = (ids: string[]) =>
  t.db.$count(
    auditLog,
    and(
      eq(auditLog.action, 'user.deleted'),
      inArray(auditLog.targetId, ids),
      sql`${auditLog.details}->>'reason' = 'retention'`,
    ),
  );
const deletedIds = async () =>
  (
    await t.db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.deletedAt} is not null`)
  )
    .map((u) => u.id)
    .sort();

describe('retention dates', () => {
  it('ends a school year once its 31 August is over in Paris', () => {
    expect(lastEndedSchoolYear(new Date('2027-08-31T21:59:59Z'))).toBe(2025); // 23:59:59 in Paris
    expect(lastEndedSchoolYear(new Date('2027-08-31T22:00:00Z'))).toBe(2026); // midnight in Paris
    expect(lastEndedSchoolYear(new Date('2028-01-15T10:00:00Z'))).toBe(2026);
  });

  it('counts three calendar years of inactivity', () => {
    expect(adultInactivityCutoff(new Date('2030-03-01T10:00:00Z'))).toEqual(new Date('2027-03-01T10:00:00Z'));
    expect(adultInactivityCutoff(new Date('2028-02-29T10:00:00Z'))).toEqual(new Date('2025-03-01T10:00:00Z'));
  });
});

describe('pupils, on the 31 August that ends their year of 3e', () => {
  it('keeps every account until the end of 31 August in Paris', async () => {
    expect(await purgeExpiredAccounts(new Date('2027-08-31T12:00:00Z'), t.db)).toEqual({
      pupils: 0,
      adults: 0,
      unverified: 0,
    });
    expect(await purgeExpiredAccounts(new Date('2027-08-31T21:59:59Z'), t.db)).toEqual({
      pupils: 0,
      adults: 0,
      unverified: 0,
    });
    expect(await deletedIds()).toEqual([]);
  });

  it('anonymises the pupils of 2026-2027 on 1 September 2027, keeping their school record and applications', async () => {
    const applicationsBefore = await t.db.$count(applications, inArray(applications.pupilId, pupilIds));
    const now = new Date('2027-09-01T10:00:00Z');
    expect(await purgeExpiredAccounts(now, t.db)).toEqual({ pupils: pupilIds.length - 1, adults: 0, unverified: 0 });

    const expired = pupilIds.filter((id) => id !== lateSignUp);
    expect(await deletedIds()).toEqual([...expired].sort());
    const rows = await t.db.select().from(users).where(inArray(users.id, expired));
    for (const row of rows) {
      expect(row).toMatchObject({
        email: `supprime-${row.id}@compte-supprime.invalid`,
        firstName: 'Compte',
        lastName: 'supprimé',
        passwordHash: null,
        status: 'disabled',
        deletedAt: now,
      });
    }
    expect(await t.db.$count(pupils, inArray(pupils.userId, pupilIds))).toBe(pupilIds.length);
    expect(await t.db.$count(applications, inArray(applications.pupilId, pupilIds))).toBe(applicationsBefore);
    expect(
      await t.db.$count(
        applications,
        and(inArray(applications.pupilId, expired), sql`${applications.motivation} <> ''`),
      ),
    ).toBe(0);
    // Still-open applications are withdrawn, by nobody, with the reason.
    const withdrawn = await t.db
      .select({ actorId: applicationEvents.actorId, note: applicationEvents.note })
      .from(applicationEvents)
      .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
      .where(and(eq(applications.pupilId, PUPILS[0][0].id), eq(applicationEvents.toStatus, 'canceled_by_pupil')));
    // Seeded: a submitted and a read application.
    expect(withdrawn).toEqual(Array(2).fill({ actorId: null, note: 'Compte supprimé à la fin de l’année de 3e' }));

    expect(await retentionAudits(expired)).toBe(expired.length);
    expect(
      await t.db
        .select({ actorId: auditLog.actorId, details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.deleted'), eq(auditLog.targetId, classless))),
    ).toEqual([{ actorId: null, details: { role: 'pupil', reason: 'retention' } }]);
  });

  it('purges nothing more on a second run', async () => {
    const before = await deletedIds();
    expect(await purgeExpiredAccounts(new Date('2027-09-01T10:00:00Z'), t.db)).toEqual({
      pupils: 0,
      adults: 0,
      unverified: 0,
    });
    expect(await purgeExpiredAccounts(new Date('2027-09-02T10:00:00Z'), t.db)).toEqual({
      pupils: 0,
      adults: 0,
      unverified: 0,
    });
    expect(await deletedIds()).toEqual(before);
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'user.deleted'))).toBe(pupilIds.length - 1);
  });

  it('anonymises a classless pupil who signed up in the summer once the following year ends', async () => {
    expect(await purgeExpiredAccounts(new Date('2028-08-31T21:00:00Z'), t.db)).toMatchObject({ pupils: 0 });
    expect(await purgeExpiredAccounts(new Date('2028-09-01T06:00:00Z'), t.db)).toMatchObject({ pupils: 1 });
    expect(await retentionAudits([lateSignUp])).toBe(1);
  });
});

describe('adults, after three years without sign-in', () => {
  const now = new Date('2028-06-15T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const threeYearsAndADay = new Date(adultInactivityCutoff(now).getTime() - DAY_MS);
  const twoYears = new Date('2026-06-15T10:00:00Z');
  const longAgo = new Date('2020-01-06T09:00:00Z');

  beforeAll(async () => {
    const set = (id: string, values: { createdAt: Date; lastSignInAt: Date | null }) =>
      t.db.update(users).set(values).where(eq(users.id, id));
    await set(PEOPLE.host.id, { createdAt: longAgo, lastSignInAt: threeYearsAndADay });
    await set(PEOPLE.publicHost.id, { createdAt: longAgo, lastSignInAt: twoYears });
    // Never signed in: counted from the account's creation.
    await set(PEOPLE.operator.id, { createdAt: threeYearsAndADay, lastSignInAt: null });
    await set(PEOPLE.rep93.id, { createdAt: ago(2 * 365 * DAY_MS), lastSignInAt: null });
    await set(PEOPLE.repIdf.id, { createdAt: longAgo, lastSignInAt: ago(DAY_MS) });
    // An active head, gone for years: anonymised, and the school is left for a successor.
    await set(PEOPLE.headMarseille.id, { createdAt: longAgo, lastSignInAt: longAgo });
    await set(PEOPLE.head.id, { createdAt: longAgo, lastSignInAt: ago(30 * DAY_MS) });
    await set(PEOPLE.teacher.id, { createdAt: longAgo, lastSignInAt: ago(365 * DAY_MS) });
    // Administrators are never purged.
    await set(PEOPLE.admin.id, { createdAt: longAgo, lastSignInAt: longAgo });
  });

  it('anonymises the adults inactive for more than three years, never an administrator, once even when two instances run at once', async () => {
    const reports = await Promise.all([purgeExpiredAccounts(now, t.db), purgeExpiredAccounts(now, t.db)]);
    expect(reports.reduce((sum, r) => sum + r.adults, 0)).toBe(3);
    expect(reports.reduce((sum, r) => sum + r.pupils, 0)).toBe(0);

    const expired = [PEOPLE.host.id, PEOPLE.operator.id, PEOPLE.headMarseille.id];
    const kept = [
      PEOPLE.publicHost.id,
      PEOPLE.rep93.id,
      PEOPLE.repIdf.id,
      PEOPLE.head.id,
      PEOPLE.teacher.id,
      PEOPLE.admin.id,
    ];
    const rows = await t.db
      .select({ id: users.id, email: users.email, deletedAt: users.deletedAt })
      .from(users)
      .where(inArray(users.id, [...expired, ...kept]));
    for (const row of rows) {
      if (expired.includes(row.id))
        expect(row).toEqual({ id: row.id, email: `supprime-${row.id}@compte-supprime.invalid`, deletedAt: now });
      else expect(row.deletedAt).toBeNull();
    }
    for (const id of expired) expect(await retentionAudits([id])).toBe(1);

    expect(await t.db.$count(staffMemberships, eq(staffMemberships.userId, PEOPLE.headMarseille.id))).toBe(0);
    const [headAudit] = await t.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.deleted'), eq(auditLog.targetId, PEOPLE.headMarseille.id)));
    expect(headAudit!.details).toEqual({ role: 'school_staff', reason: 'retention', headOf: [demoId(104)] });

    expect(await purgeExpiredAccounts(now, t.db)).toEqual({ pupils: 0, adults: 0, unverified: 0 });
  });
});

describe('accounts whose address was never verified, after 7 days', () => {
  it('deletes them (anonymised, the address free again) and keeps verified and younger ones', async () => {
    const now = new Date('2028-07-01T10:00:00Z');
    const values = (email: string, createdAt: Date, emailVerifiedAt: Date | null) => ({
      email,
      role: 'host' as const,
      firstName: 'Sam',
      lastName: 'Squat',
      passwordHash: null,
      createdAt,
      lastSignInAt: now,
      emailVerifiedAt,
    });
    const [squatted, recent, verified] = await t.db
      .insert(users)
      .values([
        values('squatted@exemple.fr', new Date(now.getTime() - UNVERIFIED_ACCOUNT_DAYS * DAY_MS - 1000), null),
        values('recent@exemple.fr', new Date(now.getTime() - UNVERIFIED_ACCOUNT_DAYS * DAY_MS + 60_000), null),
        values('verified@exemple.fr', new Date(now.getTime() - 30 * DAY_MS), new Date(now.getTime() - 30 * DAY_MS)),
      ])
      .returning({ id: users.id });
    expect(await purgeExpiredAccounts(now, t.db)).toEqual({ pupils: 0, adults: 0, unverified: 1 });
    expect(await deletedIds()).toContain(squatted!.id);
    expect(await deletedIds()).not.toContain(recent!.id);
    expect(await deletedIds()).not.toContain(verified!.id);
    expect(await t.db.$count(users, eq(users.email, 'squatted@exemple.fr'))).toBe(0);
    expect(await retentionAudits([squatted!.id])).toBe(1);
  });
});
