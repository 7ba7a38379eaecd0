import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import {
  auditLog,
  emailOutbox,
  headRequests,
  pupils,
  schoolClasses,
  schools,
  staffMemberships,
  users,
} from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { decideHeadRequest, removeHead, replaceHead } from './heads-mutations';
import { countHeadRequests, findSchoolHeadForAdmin, listHeadRequests } from './heads-queries';

let t: TestDb;
let admin: SessionUser;
const actor = async (id: string) => (await loadSessionUser(id, t.db))!;
const COURBET = demoId(103); // REP, no head, not registered
const DOISNEAU = demoId(102); // REP+, no head, not registered
const REASON = 'Identité vérifiée auprès du rectorat de Créteil.';

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = await actor(PEOPLE.admin.id);
});
afterAll(() => t.close());

let n = 0;
/** A head's sign-up as verify's head sign-up leaves it: an account and its pending request. */
async function requestFor(schoolId: string, { verified = true, functionalAddress = false } = {}) {
  n += 1;
  const [user] = await t.db
    .insert(users)
    .values({
      email: `chef.${n}@exemple.fr`,
      firstName: 'Claire',
      lastName: `Martin ${n}`,
      role: 'school_staff',
      emailVerifiedAt: verified ? new Date() : null,
    })
    .returning({ id: users.id, email: users.email });
  const [request] = await t.db
    .insert(headRequests)
    .values({ schoolId, userId: user!.id, functionalAddress, message: 'Je n’ai pas encore accès à la boîte ce.' })
    .returning({ id: headRequests.id });
  return { requestId: request!.id, userId: user!.id, email: user!.email };
}

const mailsTo = (to: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
const requestRow = async (id: string) => (await t.db.select().from(headRequests).where(eq(headRequests.id, id)))[0]!;
const auditOf = (
  action: 'school.head_request_decided' | 'school.head_appointed' | 'school.head_removed',
  schoolId: string,
) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, schoolId)));

describe('head requests', () => {
  it('lists only the pending requests of verified accounts that the functional address did not prove', async () => {
    const listed = await requestFor(COURBET);
    const unverified = await requestFor(COURBET, { verified: false });
    const functional = await requestFor(COURBET, { functionalAddress: true });
    const ids = (await listHeadRequests(admin, t.db)).map((row) => row.id);
    expect(ids).toContain(listed.requestId);
    expect(ids).not.toContain(unverified.requestId);
    expect(ids).not.toContain(functional.requestId);
    expect(await countHeadRequests(admin, t.db)).toBe(ids.length);
    // Nor can they be decided by forging their id.
    for (const other of [unverified, functional])
      expect(
        await decideHeadRequest(admin, { requestId: other.requestId, decision: 'approve', reason: REASON }, t.db),
      ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await listHeadRequests(await actor(PEOPLE.head.id), t.db)).toEqual([]);
  });

  it('refuses with a reason recorded on the request and in the audit log, and tells the requester', async () => {
    const request = await requestFor(DOISNEAU);
    const reason = 'Le rectorat ne connaît pas cette personne.';
    expect(await decideHeadRequest(admin, { requestId: request.requestId, decision: 'refuse', reason }, t.db)).toEqual({
      ok: true,
      data: { schoolId: DOISNEAU },
    });
    expect(await requestRow(request.requestId)).toMatchObject({
      status: 'refused',
      decisionReason: reason,
      decidedBy: PEOPLE.admin.id,
      decidedAt: expect.any(Date),
    });
    const entries = await auditOf('school.head_request_decided', DOISNEAU);
    expect(entries.map((e) => e.details)).toContainEqual(
      expect.objectContaining({ requestId: request.requestId, decision: 'refuse', reason }),
    );
    const [mail] = await mailsTo(request.email);
    expect(mail).toMatchObject({ template: 'head_request_refused' });
    expect(mail!.textBody).toContain(reason);
    expect((await loadSessionUser(request.userId, t.db))?.schoolId).toBeUndefined();
    // Decided once: a second decision is refused.
    expect(
      await decideHeadRequest(admin, { requestId: request.requestId, decision: 'approve', reason: REASON }, t.db),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('approves through appointHead: the requester heads the school, which is registered', async () => {
    const request = await requestFor(DOISNEAU);
    const result = await decideHeadRequest(
      admin,
      { requestId: request.requestId, decision: 'approve', reason: REASON },
      t.db,
    );
    expect(result).toMatchObject({ ok: true });
    expect(await requestRow(request.requestId)).toMatchObject({ status: 'approved', decisionReason: REASON });
    expect(await loadSessionUser(request.userId, t.db)).toMatchObject({ schoolId: DOISNEAU, staffRole: 'head' });
    const [school] = await t.db.select().from(schools).where(eq(schools.id, DOISNEAU));
    expect(school!.registeredAt).not.toBeNull();
    expect((await auditOf('school.head_appointed', DOISNEAU))[0]?.details).toMatchObject({
      headId: request.userId,
      reason: REASON,
    });
    expect(await mailsTo(request.email)).toMatchObject([{ template: 'head_request_approved' }]);
  });

  it('says so clearly when the school got a head meanwhile', async () => {
    const late = await requestFor(DOISNEAU);
    expect(
      await decideHeadRequest(admin, { requestId: late.requestId, decision: 'approve', reason: REASON }, t.db),
    ).toMatchObject({ ok: false, code: 'ALREADY_REGISTERED', message: expect.stringMatching(/a déjà un chef/) });
    expect(await requestRow(late.requestId)).toMatchObject({ status: 'pending' });
    expect((await listHeadRequests(admin, t.db)).find((r) => r.id === late.requestId)).toMatchObject({
      schoolHasHead: true,
    });
  });

  it.runIf(onPostgres)('lets one of two admins approving two requests for the same school win', async () => {
    const school = demoId(106);
    const [first, second] = [await requestFor(school), await requestFor(school)];
    const results = await Promise.all(
      [first, second].map((request) =>
        decideHeadRequest(admin, { requestId: request.requestId, decision: 'approve', reason: REASON }, t.db),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      code: 'ALREADY_REGISTERED',
      message: expect.stringMatching(/chef/),
    });
    const [heads] = await t.db
      .select({ n: count() })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.schoolId, school), eq(staffMemberships.role, 'head')));
    expect(heads!.n).toBe(1);
  });
});

describe('replacing and removing a head', () => {
  const kept = async (schoolId: string) => ({
    pupils: await t.db.$count(pupils, eq(pupils.schoolId, schoolId)),
    classes: await t.db.$count(schoolClasses, eq(schoolClasses.schoolId, schoolId)),
    registered: (await t.db.select().from(schools).where(eq(schools.id, schoolId)))[0]!.registeredAt,
  });

  it('refuses everyone but the admin', async () => {
    for (const person of [PEOPLE.head, PEOPLE.teacher, PEOPLE.host, PEOPLE.rep93]) {
      const user = await actor(person.id);
      expect(
        await replaceHead(user, { schoolId: demoId(101), userId: PEOPLE.teacher.id, reason: REASON }, t.db),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await removeHead(user, { schoolId: demoId(101), reason: REASON }, t.db)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await findSchoolHeadForAdmin(user, demoId(101), t.db)).toBeNull();
    }
  });

  it('appoints only an active member of that school’s team', async () => {
    for (const userId of [PEOPLE.headMarseille.id, PEOPLE.host.id, PEOPLE.head.id])
      expect(await replaceHead(admin, { schoolId: demoId(101), userId, reason: REASON }, t.db)).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
  });

  it('replaces the head by a teacher: pupils and classes kept, the old head loses access and is told', async () => {
    const before = await kept(demoId(101));
    expect(
      await replaceHead(admin, { schoolId: demoId(101), userId: PEOPLE.teacher.id, reason: REASON }, t.db),
    ).toEqual({ ok: true, data: { previousHeadId: PEOPLE.head.id } });
    expect(await kept(demoId(101))).toEqual(before);
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toMatchObject({ schoolId: demoId(101), staffRole: 'head' });
    const old = await loadSessionUser(PEOPLE.head.id, t.db);
    expect(old?.schoolId).toBeUndefined();
    expect(old?.staffRole).toBeUndefined();
    expect(await mailsTo(PEOPLE.head.email)).toMatchObject([{ template: 'head_replaced' }]);
    expect(await mailsTo(PEOPLE.teacher.email)).toMatchObject([{ template: 'head_appointed' }]);
    expect((await auditOf('school.head_appointed', demoId(101)))[0]?.details).toMatchObject({
      headId: PEOPLE.teacher.id,
      previousHeadId: PEOPLE.head.id,
      reason: REASON,
    });
    expect(await findSchoolHeadForAdmin(admin, demoId(101), t.db)).toMatchObject({
      head: { userId: PEOPLE.teacher.id },
      candidates: [],
    });
  });

  it('removes a head: the school stays registered with its pupils and classes, without head', async () => {
    const school = demoId(104);
    const before = await kept(school);
    expect(await removeHead(admin, { schoolId: school, reason: REASON }, t.db)).toEqual({
      ok: true,
      data: { previousHeadId: PEOPLE.headMarseille.id },
    });
    expect(await kept(school)).toEqual(before);
    expect(before.registered).not.toBeNull();
    expect((await loadSessionUser(PEOPLE.headMarseille.id, t.db))?.schoolId).toBeUndefined();
    expect(await mailsTo(PEOPLE.headMarseille.email)).toMatchObject([{ template: 'head_removed' }]);
    expect((await auditOf('school.head_removed', school))[0]).toMatchObject({
      actorId: PEOPLE.admin.id,
      details: { headId: PEOPLE.headMarseille.id, reason: REASON },
    });
    expect(await findSchoolHeadForAdmin(admin, school, t.db)).toEqual({ head: null, candidates: [] });
    expect(await removeHead(admin, { schoolId: school, reason: REASON }, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
  });
});
