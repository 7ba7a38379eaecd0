import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostMembers, operatorMembers, operators, staffMemberships, users } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser, UserRole } from '@/lib/auth/types';
import { decideJoinRequest } from '@/lib/staff/join-mutations';
import { acceptInvitationAsUser, createInvitation } from './mutations';
import { describeInvitation } from './queries';

/*
 * One active school per staff account and one organisation per host account are guaranteed by the
 * unique indexes staff_memberships_one_active_school and host_members_one_organisation, not by a
 * check in code that two simultaneous requests could both pass.
 */
let t: TestDb;
let head: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  head = (await loadSessionUser(PEOPLE.head.id, t.db))!;
});
afterAll(() => t.close());

let accounts = 0;
async function newAccount(role: UserRole): Promise<SessionUser> {
  const [user] = await t.db
    .insert(users)
    .values({
      email: `compte${++accounts}@unicite.test`,
      role,
      firstName: 'Alex',
      lastName: 'Martin',
      emailVerifiedAt: new Date(),
    })
    .returning({ id: users.id });
  return (await loadSessionUser(user!.id, t.db))!;
}
const toSchool = (email: string, schoolId: string) =>
  createInvitation(t.db, { kind: 'school_staff', email, invitedBy: null, schoolId, staffRole: 'teacher' });
const toOrganisation = (email: string, organisationId: string) =>
  createInvitation(t.db, { kind: 'host_colleague', email, invitedBy: null, organisationId });
const activeSchools = async (userId: string) =>
  t.db
    .select({ schoolId: staffMemberships.schoolId })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.status, 'active')));
const organisationsOf = (userId: string) =>
  t.db.select({ id: hostMembers.organisationId }).from(hostMembers).where(eq(hostMembers.userId, userId));

describe('one organisation per host account', () => {
  it('refuses an invitation to a second organisation, with the same message, and keeps the link usable', async () => {
    const { token } = await toOrganisation(PEOPLE.host.email, demoId(312));
    const host = (await loadSessionUser(PEOPLE.host.id, t.db))!;
    expect(await acceptInvitationAsUser(host, token, t.db)).toMatchObject({
      ok: false,
      code: 'MEMBER_ELSEWHERE',
      message:
        'Votre compte gère déjà une autre structure d’accueil : un compte ne peut être rattaché qu’à une structure.',
    });
    expect((await describeInvitation(token, t.db))!.status).toBe('valid');
    expect(await organisationsOf(PEOPLE.host.id)).toEqual([{ id: demoId(311) }]);
  });

  it.runIf(onPostgres)('lets exactly one of two simultaneous invitations to two organisations through', async () => {
    const host = await newAccount('host');
    const [a, b] = [await toOrganisation(host.email, demoId(311)), await toOrganisation(host.email, demoId(312))];
    const results = await Promise.all([
      acceptInvitationAsUser(host, a.token, t.db),
      acceptInvitationAsUser(host, b.token, t.db),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: 'MEMBER_ELSEWHERE' });
    expect(await organisationsOf(host.id)).toHaveLength(1);
  });
});

describe('one active school per staff account', () => {
  it.runIf(onPostgres)('lets exactly one of two simultaneous invitations to two schools through', async () => {
    const staff = await newAccount('school_staff');
    const [a, b] = [await toSchool(staff.email, demoId(101)), await toSchool(staff.email, demoId(104))];
    const results = await Promise.all([
      acceptInvitationAsUser(staff, a.token, t.db),
      acceptInvitationAsUser(staff, b.token, t.db),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: 'MEMBER_ELSEWHERE' });
    expect(await activeSchools(staff.id)).toHaveLength(1);
  });

  it('refuses to approve the join request of someone active in another school', async () => {
    const staff = await newAccount('school_staff');
    await t.db.insert(staffMemberships).values([
      { userId: staff.id, schoolId: demoId(104), role: 'teacher', status: 'active' },
      { userId: staff.id, schoolId: demoId(101), role: 'cpe', status: 'pending' },
    ]);
    const [request] = await t.db
      .select({ id: staffMemberships.id })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.userId, staff.id), eq(staffMemberships.schoolId, demoId(101))));
    expect(await decideJoinRequest(head, { membershipId: request!.id, decision: 'approve' }, t.db)).toMatchObject({
      ok: false,
      code: 'MEMBER_ELSEWHERE',
    });
    expect(await activeSchools(staff.id)).toEqual([{ schoolId: demoId(104) }]);
  });

  it.runIf(onPostgres)(
    'approving a request while the person accepts another school’s invitation: one wins',
    async () => {
      const staff = await newAccount('school_staff');
      const [request] = await t.db
        .insert(staffMemberships)
        .values({ userId: staff.id, schoolId: demoId(101), role: 'cpe', status: 'pending' })
        .returning({ id: staffMemberships.id });
      const invitation = await toSchool(staff.email, demoId(104));
      const results = await Promise.all([
        decideJoinRequest(head, { membershipId: request!.id, decision: 'approve' }, t.db),
        acceptInvitationAsUser(staff, invitation.token, t.db),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await activeSchools(staff.id)).toHaveLength(1);
    },
  );
});

describe('the session’s scope is deterministic', () => {
  it('has one active school at most: the database refuses a second one', async () => {
    const staff = await newAccount('school_staff');
    await t.db
      .insert(staffMemberships)
      .values({ userId: staff.id, schoolId: demoId(104), role: 'teacher', status: 'active' });
    const second = t.db
      .insert(staffMemberships)
      .values({ userId: staff.id, schoolId: demoId(101), role: 'teacher', status: 'active' });
    await expect(second).rejects.toSatisfy((error) => isUniqueViolation(error, 'staff_memberships_one_active_school'));
    // Pending requests elsewhere do not change the session's school.
    await t.db
      .insert(staffMemberships)
      .values({ userId: staff.id, schoolId: demoId(101), role: 'cpe', status: 'pending' });
    expect(await loadSessionUser(staff.id, t.db)).toMatchObject({ schoolId: demoId(104), staffRole: 'teacher' });
  });

  it('gives an operator member of two associations the one with the smallest id, every time', async () => {
    const [other] = await t.db
      .insert(operators)
      .values({ id: '00000000-0000-4000-8000-000000000001', name: 'Association témoin' })
      .returning({ id: operators.id });
    await t.db.insert(operatorMembers).values({ userId: PEOPLE.operator.id, operatorId: other!.id });
    for (let i = 0; i < 3; i++)
      expect(await loadSessionUser(PEOPLE.operator.id, t.db)).toMatchObject({ operatorId: other!.id });
  });
});
