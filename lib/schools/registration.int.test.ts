import { and, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, headRequests, schools, staffMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { verifyEmail } from '@/lib/account/verification-mutations';
import { loadSessionUser } from '@/lib/auth/queries';
import { templatesSentTo, verificationTokenFor } from '@/lib/testing/accounts';
import { HEAD_APPOINTED_MEANWHILE, registerSchool } from './mutations';
import { ownHeadRequest } from './queries';
import { REGISTRATION_REFUSALS } from './rules';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

const head = (schoolId: string, email: string, extra: { noMailboxAccess?: boolean; message?: string } = {}) => ({
  schoolId,
  email,
  firstName: 'Claire',
  lastName: 'Martin',
  password: 'une phrase de passe solide',
  noMailboxAccess: false,
  message: '',
  ...extra,
});
const userByEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];
const headsOf = (schoolId: string) =>
  t.db
    .select()
    .from(staffMemberships)
    .where(
      and(
        eq(staffMemberships.schoolId, schoolId),
        eq(staffMemberships.role, 'head'),
        ne(staffMemberships.status, 'revoked'),
      ),
    );
const requestsOf = (schoolId: string) => t.db.select().from(headRequests).where(eq(headRequests.schoolId, schoolId));
const registeredAt = async (schoolId: string) =>
  (await t.db.select({ at: schools.registeredAt }).from(schools).where(eq(schools.id, schoolId)))[0]!.at;
const verify = async (email: string) => verifyEmail(await verificationTokenFor(t.db, email), new Date(), t.db);

describe('a head signs up with the school’s functional address', () => {
  it('creates an unverified account and a pending request; verifying the address makes them head and registers the school', async () => {
    const email = 'ce.0932366s@ac-creteil.fr';
    expect(await registerSchool(head(demoId(102), email), t.db)).toEqual({
      ok: true,
      data: { email, functionalAddress: true },
    });
    const user = await userByEmail(email);
    expect(user!.emailVerifiedAt).toBeNull();
    expect(await loadSessionUser(user!.id, t.db)).toBeNull();
    expect(await requestsOf(demoId(102))).toMatchObject([
      { userId: user!.id, functionalAddress: true, status: 'pending' },
    ]);
    // Nothing registered before the link is opened.
    expect(await headsOf(demoId(102))).toEqual([]);
    expect(await registeredAt(demoId(102))).toBeNull();

    expect(await verify(email)).toMatchObject({ ok: true });
    expect(await loadSessionUser(user!.id, t.db)).toMatchObject({
      role: 'school_staff',
      staffRole: 'head',
      schoolId: demoId(102),
    });
    expect(await registeredAt(demoId(102))).toBeInstanceOf(Date);
    expect(await requestsOf(demoId(102))).toMatchObject([{ status: 'approved', decidedBy: null }]);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'school.head_appointed'), eq(auditLog.targetId, demoId(102))));
    expect(entry).toMatchObject({ actorId: user!.id, details: { headId: user!.id, previousHeadId: null } });
  });

  it('refuses a school that has a head, with the reason', async () => {
    const result = await registerSchool(head(demoId(101), 'ce.0931232j@ac-creteil.fr'), t.db);
    expect(result).toMatchObject({
      ok: false,
      code: 'ALREADY_REGISTERED',
      message: REGISTRATION_REFUSALS.alreadyRegistered,
    });
    expect(await userByEmail('ce.0931232j@ac-creteil.fr')).toBeUndefined();
  });

  it('lets a registered school whose head was removed be claimed again', async () => {
    await t.db
      .update(staffMemberships)
      .set({ status: 'revoked' })
      .where(and(eq(staffMemberships.schoolId, demoId(104)), eq(staffMemberships.role, 'head')));
    const email = 'ce.0131935h@ac-aix-marseille.fr';
    expect(await registerSchool(head(demoId(104), email), t.db)).toMatchObject({ ok: true });
    expect(await verify(email)).toMatchObject({ ok: true });
    expect((await headsOf(demoId(104))).map((m) => m.userId)).toEqual([(await userByEmail(email))!.id]);
  });

  it('refuses a school outside priority education, and a derogation until it is approved', async () => {
    const email = 'ce.0931439j@ac-creteil.fr';
    expect(await registerSchool(head(demoId(107), email), t.db)).toMatchObject({
      ok: false,
      code: 'NOT_ELIGIBLE',
      message: REGISTRATION_REFUSALS.notPriority,
    });
    await t.db
      .update(schools)
      .set({ network: 'derogation' })
      .where(eq(schools.id, demoId(107)));
    expect(await registerSchool(head(demoId(107), email), t.db)).toMatchObject({
      ok: false,
      message: REGISTRATION_REFUSALS.derogationPending,
    });
    expect(await userByEmail(email)).toBeUndefined();
    await t.db
      .update(schools)
      .set({ derogationApprovedAt: new Date() })
      .where(eq(schools.id, demoId(107)));
    expect(await registerSchool(head(demoId(107), email), t.db)).toMatchObject({ ok: true });
  });

  it('answers a functional address that already has an account as a sign-up (code for the action), and e-mails its owner', async () => {
    const email = 'ce.0132408x@ac-aix-marseille.fr';
    expect(await registerSchool(head(demoId(105), email), t.db)).toMatchObject({ ok: true });
    expect(await registerSchool(head(demoId(105), email), t.db)).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
    expect(await templatesSentTo(t.db, email)).toEqual(['email_verification', 'sign_up_with_taken_address']);
    expect(await requestsOf(demoId(105))).toHaveLength(1);
  });

  it('lets two simultaneous sign-ups with the functional address create one account, one request, one head', async () => {
    const email = 'ce.0132214l@ac-aix-marseille.fr';
    const results = await Promise.all([
      registerSchool({ ...head(demoId(106), email), firstName: 'Premier' }, t.db),
      registerSchool({ ...head(demoId(106), email), firstName: 'Second' }, t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: 'EMAIL_TAKEN' }]);
    expect(await requestsOf(demoId(106))).toHaveLength(1);
    expect(await verify(email)).toMatchObject({ ok: true });
    expect(await headsOf(demoId(106))).toHaveLength(1);
  });

  // The functional address is verified while another person's appointment to the same school is
  // written but not committed: the verification waits for the school's row (locked by the other
  // transaction's foreign key check), then sees that head and refuses the request rather than replace
  // them. Before, its check ran on a snapshot taken before the wait and the other head was revoked.
  // PostgreSQL only: PGlite runs one transaction at a time, so this interleaving cannot happen there.
  it.runIf(onPostgres)('never makes a second head when an appointment commits during the verification', async () => {
    const [school] = await t.db
      .insert(schools)
      .values({
        uai: '0930000A',
        name: 'Collège de la course',
        commune: 'Bobigny',
        departmentCode: '93',
        network: 'rep',
      })
      .returning({ id: schools.id });
    const email = 'ce.0930000a@ac-creteil.fr';
    expect(await registerSchool(head(school!.id, email), t.db)).toMatchObject({ ok: true });
    const token = await verificationTokenFor(t.db, email);
    let late: ReturnType<typeof verifyEmail> | undefined;
    let rivalId = '';
    await t.db.transaction(async (tx) => {
      const [rival] = await tx
        .insert(users)
        .values({
          email: 'rival@ac-creteil.fr',
          role: 'school_staff',
          firstName: 'R',
          lastName: 'R',
          passwordHash: null,
        })
        .returning({ id: users.id });
      rivalId = rival!.id;
      await tx
        .insert(staffMemberships)
        .values({ userId: rivalId, schoolId: school!.id, role: 'head', status: 'active' });
      late = verifyEmail(token, new Date(), t.db);
      await waitForLockWait();
    });
    expect(await late).toMatchObject({ ok: true });
    expect((await headsOf(school!.id)).map((m) => m.userId)).toEqual([rivalId]);
    expect(await requestsOf(school!.id)).toMatchObject([
      { status: 'refused', decisionReason: HEAD_APPOINTED_MEANWHILE },
    ]);
  });
});

describe('a head signs up with another address', () => {
  it('is refused with a message naming the functional address, and nothing is created', async () => {
    const result = await registerSchool(head(demoId(103), 'principal.courbet@ac-creteil.fr'), t.db);
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { email: ['Adresse attendue : ce.0931223z@ac-creteil.fr.'], noMailboxAccess: [expect.any(String)] },
    });
    expect(result.ok || result.message).toMatch(
      /^Inscrivez-vous avec l’adresse fonctionnelle du collège, ce\.0931223z@ac-creteil\.fr/,
    );
    expect(await userByEmail('principal.courbet@ac-creteil.fr')).toBeUndefined();
  });

  it('without access to the functional mailbox, leaves a pending request for the national team, even once verified', async () => {
    const email = 'principal.courbet@ac-creteil.fr';
    const message = 'Je suis principale depuis la rentrée ; le secrétariat n’a pas encore mes accès.';
    expect(await registerSchool(head(demoId(103), email, { noMailboxAccess: true, message }), t.db)).toEqual({
      ok: true,
      data: { email, functionalAddress: false },
    });
    expect(await requestsOf(demoId(103))).toMatchObject([{ functionalAddress: false, message, status: 'pending' }]);
    expect(await verify(email)).toMatchObject({ ok: true });
    const requester = (await loadSessionUser((await userByEmail(email))!.id, t.db))!;
    expect(requester.schoolId).toBeUndefined();
    expect(await headsOf(demoId(103))).toEqual([]);
    expect(await registeredAt(demoId(103))).toBeNull();
    expect(await ownHeadRequest(requester, t.db)).toEqual({
      schoolName: 'Collège Gustave Courbet',
      status: 'pending',
      reason: null,
    });
    expect(await ownHeadRequest((await loadSessionUser(PEOPLE.head.id, t.db))!, t.db)).toBeNull();
  });
});

/** Until another session of this database waits on a lock (the verification blocked on the school's row). */
async function waitForLockWait() {
  for (let i = 0; i < 200; i++) {
    const { rows } = (await t.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    )) as unknown as { rows: { n: number }[] };
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the concurrent appointment never blocked on the index');
}
