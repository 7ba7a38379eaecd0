import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, emailOutbox, invitations, schoolClasses, staffMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { verifyEmail } from '@/lib/account/verification-mutations';
import { getSchoolOverview } from '@/lib/schools/queries';
import { REGISTRATION_REFUSALS } from '@/lib/schools/rules';
import { markVerified, verificationTokenFor } from '@/lib/testing/accounts';
import { decideJoinRequest, requestToJoin } from './join-mutations';
import { cancelStaffInvitation, changeStaffRole, inviteStaff, revokeStaff } from './mutations';
import { listTeam, ownMembershipRequest } from './queries';

let t: TestDb;
let head: SessionUser, teacher: SessionUser, headB: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  const load = async (id: string) => (await loadSessionUser(id, t.db))!;
  [head, teacher, headB] = [
    await load(PEOPLE.head.id),
    await load(PEOPLE.teacher.id),
    await load(PEOPLE.headMarseille.id),
  ];
});
afterAll(() => t.close());

const mailsTo = (to: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
const membershipOf = async (userId: string, schoolId = demoId(101)) =>
  (
    await t.db
      .select()
      .from(staffMemberships)
      .where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.schoolId, schoolId)))
  )[0];
const joiner = (email: string, schoolId = demoId(101)) => ({
  schoolId,
  email,
  firstName: 'Samir',
  lastName: 'Haddadi',
  password: 'une phrase de passe solide',
  role: 'cpe' as const,
});

describe('inviting staff', () => {
  it('e-mails a 7-day link for the head’s own school and audits it', async () => {
    const result = await inviteStaff(head, { email: 'nouvelle.prof@ac-creteil.fr', role: 'main_teacher' }, t.db);
    expect(result.ok).toBe(true);
    const [invitation] = await t.db
      .select()
      .from(invitations)
      .where(eq(invitations.email, 'nouvelle.prof@ac-creteil.fr'));
    expect(invitation).toMatchObject({
      kind: 'school_staff',
      schoolId: demoId(101),
      staffRole: 'main_teacher',
      invitedBy: PEOPLE.head.id,
      usedAt: null,
    });
    const days = (invitation!.expiresAt.getTime() - invitation!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);
    const [mail] = await mailsTo('nouvelle.prof@ac-creteil.fr');
    // The tokenised link waits apart from the body until the message is sent (lib/notifications/outbox.ts).
    expect(mail!.secretLink).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    expect(mail!.textBody).not.toContain('/invitation/');
    expect(mail!.textBody).toContain('Nadia Belkacem');
    // Only the hash is stored with the invitation: the token in the e-mail is not in that table.
    expect(mail!.secretLink).not.toContain(invitation!.tokenHash);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.invited'), eq(auditLog.targetId, invitation!.id)));
    expect(entry).toMatchObject({ actorId: PEOPLE.head.id, details: { schoolId: demoId(101), role: 'main_teacher' } });
  });

  it('refuses a second pending invitation and an address already on the team', async () => {
    expect(await inviteStaff(head, { email: 'nouvelle.prof@ac-creteil.fr', role: 'teacher' }, t.db)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    expect(await inviteStaff(head, { email: PEOPLE.teacher.email, role: 'teacher' }, t.db)).toMatchObject({
      ok: false,
      fieldErrors: { email: ['Cette personne fait déjà partie de l’équipe.'] },
    });
  });

  it('lets only heads invite, each into their own school', async () => {
    expect(await inviteStaff(teacher, { email: 'x@ac-creteil.fr', role: 'teacher' }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(
      await inviteStaff(headB, { email: 'collegue.marseille@ac-aix-marseille.fr', role: 'cpe' }, t.db),
    ).toMatchObject({ ok: true });
    const [invitation] = await t.db
      .select()
      .from(invitations)
      .where(eq(invitations.email, 'collegue.marseille@ac-aix-marseille.fr'));
    expect(invitation!.schoolId).toBe(demoId(104));
  });

  it('lets the head cancel an invitation of their school, not one of another school', async () => {
    const [invitation] = await t.db
      .select()
      .from(invitations)
      .where(eq(invitations.email, 'nouvelle.prof@ac-creteil.fr'));
    expect(await cancelStaffInvitation(headB, invitation!.id, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.db.select().from(invitations).where(eq(invitations.id, invitation!.id))).toHaveLength(1);
    expect(await cancelStaffInvitation(head, invitation!.id, t.db)).toEqual({ ok: true, data: undefined });
    expect(await t.db.select().from(invitations).where(eq(invitations.id, invitation!.id))).toHaveLength(0);
  });

  it('shows pending invitations and join requests to the head only; other school-wide staff see members read-only', async () => {
    await inviteStaff(head, { email: 'documentaliste@ac-creteil.fr', role: 'librarian' }, t.db);
    const team = await listTeam(head, t.db);
    expect(team!.canManage).toBe(true);
    expect(team!.invitations.map((i) => i.email)).toContain('documentaliste@ac-creteil.fr');
    expect(team!.members.find((m) => m.userId === PEOPLE.head.id)).toMatchObject({ role: 'head', manageable: false });
    expect(team!.members.find((m) => m.userId === PEOPLE.teacher.id)).toMatchObject({ manageable: true });
    expect(await listTeam(teacher, t.db)).toBeNull();
    const cpe = { ...teacher, staffRole: 'cpe' as const };
    expect(await listTeam(cpe, t.db)).toMatchObject({ canManage: false, requests: [], invitations: [] });
  });
});

describe('asking to join a school', () => {
  it('creates an unverified account with a pending membership; the head sees and hears of it only once the address is verified', async () => {
    expect(await requestToJoin(joiner('samir.haddadi@ac-creteil.fr'), t.db)).toMatchObject({ ok: true });
    const [user] = await t.db.select().from(users).where(eq(users.email, 'samir.haddadi@ac-creteil.fr'));
    expect(user!.emailVerifiedAt).toBeNull();
    expect((await listTeam(head, t.db))!.requests).toEqual([]);
    expect(await getSchoolOverview(head, 2026, t.db)).toMatchObject({ pendingJoinRequests: 0 });
    expect(await mailsTo(PEOPLE.head.email)).toEqual([]);
    const request = await membershipOf(user!.id);
    // Not shown, so not answerable either, even with the id.
    expect(await decideJoinRequest(head, { membershipId: request!.id, decision: 'approve' }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });

    expect(await verifyEmail(await verificationTokenFor(t.db, user!.email), new Date(), t.db)).toMatchObject({
      ok: true,
    });
    expect((await listTeam(head, t.db))!.requests.map((r) => r.email)).toEqual(['samir.haddadi@ac-creteil.fr']);
    expect(await getSchoolOverview(head, 2026, t.db)).toMatchObject({ pendingJoinRequests: 1 });
    const actor = (await loadSessionUser(user!.id, t.db))!;
    expect(actor).toMatchObject({ role: 'school_staff' });
    expect(actor.schoolId).toBeUndefined();
    expect(await ownMembershipRequest(actor, t.db)).toEqual({
      schoolName: 'Collège Henri Barbusse',
      status: 'pending',
    });
    const [mail] = await mailsTo(PEOPLE.head.email);
    expect(mail).toMatchObject({
      template: 'staff_join_request',
      subject: 'Samir Haddadi demande à rejoindre Collège Henri Barbusse',
    });
  });

  it('asks for an address at the school’s académie domain, naming it', async () => {
    const result = await requestToJoin(joiner('samir@gmail.com'), t.db);
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { email: [expect.stringContaining('prenom.nom@ac-creteil.fr')] },
    });
    expect(await t.db.select().from(users).where(eq(users.email, 'samir@gmail.com'))).toHaveLength(0);
    // Sub-domains of the académie are its addresses too.
    expect(await requestToJoin(joiner('samir.h@clg.ac-creteil.fr'), t.db)).toMatchObject({ ok: true });
  });

  it('refuses a school that its head has not registered yet', async () => {
    expect(await requestToJoin(joiner('trop.tot@ac-creteil.fr', demoId(102)), t.db)).toMatchObject({
      ok: false,
      message: REGISTRATION_REFUSALS.notRegistered,
    });
    expect(await t.db.select().from(users).where(eq(users.email, 'trop.tot@ac-creteil.fr'))).toHaveLength(0);
  });

  it('is answered by the head of that school only; approval opens access and e-mails the member', async () => {
    const [user] = await t.db.select().from(users).where(eq(users.email, 'samir.haddadi@ac-creteil.fr'));
    const request = await membershipOf(user!.id);
    expect(await decideJoinRequest(headB, { membershipId: request!.id, decision: 'approve' }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect((await membershipOf(user!.id))!.status).toBe('pending');

    expect(await decideJoinRequest(head, { membershipId: request!.id, decision: 'approve' }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await loadSessionUser(user!.id, t.db)).toMatchObject({ schoolId: demoId(101), staffRole: 'cpe' });
    expect((await mailsTo('samir.haddadi@ac-creteil.fr')).map((m) => m.template)).toContain('staff_join_accepted');
    // Already answered: a second decision finds nothing pending.
    expect(await decideJoinRequest(head, { membershipId: request!.id, decision: 'decline' }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('closes a declined request, and the person sees that it was not accepted', async () => {
    await requestToJoin(joiner('refuse@ac-creteil.fr'), t.db);
    await markVerified(t.db, 'refuse@ac-creteil.fr');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'refuse@ac-creteil.fr'));
    expect(
      await decideJoinRequest(head, { membershipId: (await membershipOf(user!.id))!.id, decision: 'decline' }, t.db),
    ).toMatchObject({ ok: true });
    const actor = (await loadSessionUser(user!.id, t.db))!;
    expect(actor.schoolId).toBeUndefined();
    expect(await ownMembershipRequest(actor, t.db)).toEqual({
      schoolName: 'Collège Henri Barbusse',
      status: 'revoked',
    });
  });
});

describe('changing roles and revoking access', () => {
  it('lets the head change a member’s role, audited, but not their own nor to another school’s member', async () => {
    const membership = await membershipOf(PEOPLE.teacher.id);
    expect(await changeStaffRole(headB, { membershipId: membership!.id, role: 'teacher' }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect((await membershipOf(PEOPLE.teacher.id))!.role).toBe('main_teacher');

    expect(await changeStaffRole(head, { membershipId: membership!.id, role: 'teacher' }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toMatchObject({ staffRole: 'teacher' });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.role_changed'), eq(auditLog.targetId, PEOPLE.teacher.id)));
    expect(entry!.details).toEqual({ schoolId: demoId(101), from: 'main_teacher', to: 'teacher' });
    await changeStaffRole(head, { membershipId: membership!.id, role: 'main_teacher' }, t.db);

    const own = await membershipOf(PEOPLE.head.id);
    expect(await changeStaffRole(head, { membershipId: own!.id, role: 'teacher' }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect((await membershipOf(PEOPLE.head.id))!.role).toBe('head');
  });

  it('refuses revocation by the head of another school and the head’s own revocation', async () => {
    const membership = await membershipOf(PEOPLE.teacher.id);
    expect(await revokeStaff(headB, { membershipId: membership!.id }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await revokeStaff(teacher, { membershipId: membership!.id }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect((await membershipOf(PEOPLE.teacher.id))!.status).toBe('active');
    const own = await membershipOf(PEOPLE.head.id);
    expect(await revokeStaff(head, { membershipId: own!.id }, t.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('takes access away at the revoked member’s next request and frees their classes', async () => {
    const membership = await membershipOf(PEOPLE.teacher.id);
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toMatchObject({ schoolId: demoId(101) });
    expect(await revokeStaff(head, { membershipId: membership!.id }, t.db)).toMatchObject({ ok: true });
    // The next request rebuilds the session from the database: no school, no staff role.
    const revoked = (await loadSessionUser(PEOPLE.teacher.id, t.db))!;
    expect(revoked.schoolId).toBeUndefined();
    expect(revoked.staffRole).toBeUndefined();
    const [classA] = await t.db
      .select()
      .from(schoolClasses)
      .where(eq(schoolClasses.id, demoId(201)));
    expect(classA!.mainTeacherId).toBeNull();
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.revoked'), eq(auditLog.targetId, PEOPLE.teacher.id)));
    expect(entry).toMatchObject({ actorId: PEOPLE.head.id, details: { schoolId: demoId(101), role: 'main_teacher' } });
  });
});
