import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostMembers, invitations, operatorMembers, staffMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import { hashToken } from '@/lib/auth/tokens';
import type { SessionUser } from '@/lib/auth/types';
import type { StaffRole } from '@/lib/auth/types';
import { acceptInvitationAsUser, acceptInvitationWithNewAccount, createInvitation } from './mutations';
import { describeInvitation } from './queries';
import { INVITATION_REFUSALS } from './rules';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

const toSchool = (email: string, schoolId = demoId(101), staffRole: StaffRole = 'main_teacher') =>
  createInvitation(t.db, { kind: 'school_staff', email, invitedBy: PEOPLE.head.id, schoolId, staffRole });
const account = (token: string) => ({
  token,
  firstName: 'Léa',
  lastName: 'Morel',
  password: 'une phrase de passe solide',
});
const userByEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;

describe('accepting an invitation with a new account', () => {
  it('creates a verified account and the invited membership, and uses up the link', async () => {
    const { id, token } = await toSchool('Lea.Morel@ac-creteil.fr');
    expect(await describeInvitation(token, t.db)).toMatchObject({
      status: 'valid',
      email: 'lea.morel@ac-creteil.fr',
      targetName: 'Collège Henri Barbusse',
      inviterName: 'Nadia Belkacem',
      accountExists: false,
    });
    const [stored] = await t.db.select().from(invitations).where(eq(invitations.id, id));
    expect(stored!.tokenHash).toBe(hashToken(token));

    expect(await acceptInvitationWithNewAccount(account(token), t.db)).toEqual({
      ok: true,
      data: { email: 'lea.morel@ac-creteil.fr', role: 'school_staff' },
    });
    const user = await userByEmail('lea.morel@ac-creteil.fr');
    expect(user!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await loadSessionUser(user!.id, t.db)).toMatchObject({
      role: 'school_staff',
      staffRole: 'main_teacher',
      schoolId: demoId(101),
    });
    expect((await t.db.select().from(invitations).where(eq(invitations.id, id)))[0]).toMatchObject({
      usedBy: user!.id,
      usedAt: expect.any(Date),
    });
  });

  it('refuses a link used once already', async () => {
    const { token } = await toSchool('deux.fois@ac-creteil.fr');
    expect(await acceptInvitationWithNewAccount(account(token), t.db)).toMatchObject({ ok: true });
    expect(await acceptInvitationWithNewAccount(account(token), t.db)).toEqual({
      ok: false,
      code: 'INVITATION_USED',
      message: INVITATION_REFUSALS.used,
      fieldErrors: undefined,
    });
    expect((await describeInvitation(token, t.db))!.status).toBe('used');
  });

  it('lets exactly one of two simultaneous submissions of the same link through', async () => {
    const { token } = await toSchool('en.meme.temps@ac-creteil.fr');
    const results = await Promise.all([
      acceptInvitationWithNewAccount(account(token), t.db),
      acceptInvitationWithNewAccount(account(token), t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    expect(await t.db.select().from(users).where(eq(users.email, 'en.meme.temps@ac-creteil.fr'))).toHaveLength(1);
  });

  it('refuses an expired link, naming who to ask for a new one, and creates nothing', async () => {
    const { id, token } = await toSchool('en.retard@ac-creteil.fr');
    await t.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(invitations.id, id));
    expect((await describeInvitation(token, t.db))!.status).toBe('expired');
    const result = await acceptInvitationWithNewAccount(account(token), t.db);
    expect(result).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Cette invitation a expiré, demandez-en une nouvelle à Nadia Belkacem (Collège Henri Barbusse).',
    });
    expect(await userByEmail('en.retard@ac-creteil.fr')).toBeUndefined();
  });

  it('refuses an unknown token', async () => {
    expect(await describeInvitation('x'.repeat(43), t.db)).toBeNull();
    expect(await acceptInvitationWithNewAccount(account('x'.repeat(43)), t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: INVITATION_REFUSALS.unknown,
    });
  });

  it('makes a host colleague a member of the organisation, and an operator member one of the operator', async () => {
    const host = await createInvitation(t.db, {
      kind: 'host_colleague',
      email: 'collegue@horizon.test',
      invitedBy: PEOPLE.host.id,
      organisationId: demoId(311),
    });
    expect(await acceptInvitationWithNewAccount(account(host.token), t.db)).toMatchObject({
      ok: true,
      data: { role: 'host' },
    });
    const colleague = await userByEmail('collegue@horizon.test');
    expect(await loadSessionUser(colleague!.id, t.db)).toMatchObject({ role: 'host', organisationId: demoId(311) });

    const operator = await createInvitation(t.db, {
      kind: 'operator_member',
      email: 'benevole@tousenstage.test',
      invitedBy: null,
      operatorId: demoId(321),
    });
    expect(await describeInvitation(operator.token, t.db)).toMatchObject({
      inviterName: null,
      targetName: 'Tous en stage',
    });
    expect(await acceptInvitationWithNewAccount(account(operator.token), t.db)).toMatchObject({
      ok: true,
      data: { role: 'operator' },
    });
    const member = await userByEmail('benevole@tousenstage.test');
    expect(await t.db.select().from(operatorMembers).where(eq(operatorMembers.userId, member!.id))).toEqual([
      { userId: member!.id, operatorId: demoId(321) },
    ]);
  });
});

describe('accepting an invitation with an existing account', () => {
  it('attaches the membership to the signed-in account of the invited address', async () => {
    const { token } = await createInvitation(t.db, {
      kind: 'host_colleague',
      email: PEOPLE.publicHost.email,
      invitedBy: PEOPLE.host.id,
      organisationId: demoId(312),
    });
    expect(await describeInvitation(token, t.db)).toMatchObject({ accountExists: true });
    expect(await acceptInvitationAsUser(await actor(PEOPLE.publicHost.id), token, t.db)).toEqual({
      ok: true,
      data: { role: 'host' },
    });
    expect(await t.db.select().from(hostMembers).where(eq(hostMembers.userId, PEOPLE.publicHost.id))).toHaveLength(1);
  });

  it('refuses another account than the invited one, an account of another kind, and staff of another school', async () => {
    const wrongAccount = await toSchool('quelquun@ac-creteil.fr');
    expect(await acceptInvitationAsUser(await actor(PEOPLE.teacher.id), wrongAccount.token, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });

    const pupil = await toSchool(PUPILS[0][0].email);
    expect(await acceptInvitationAsUser(await actor(PUPILS[0][0].id), pupil.token, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });

    const otherSchool = await toSchool(PEOPLE.teacher.email, demoId(104), 'teacher');
    expect(await acceptInvitationAsUser(await actor(PEOPLE.teacher.id), otherSchool.token, t.db)).toMatchObject({
      ok: false,
      code: 'MEMBER_ELSEWHERE',
    });
    // Refused: the link still works once the situation is sorted out, and nothing changed.
    expect((await describeInvitation(otherSchool.token, t.db))!.status).toBe('valid');
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toMatchObject({
      schoolId: demoId(101),
      staffRole: 'main_teacher',
    });
  });

  it('gives a revoked member their access back with the new role', async () => {
    await t.db
      .update(staffMemberships)
      .set({ status: 'revoked' })
      .where(and(eq(staffMemberships.userId, PEOPLE.teacher.id), eq(staffMemberships.schoolId, demoId(101))));
    const { token } = await toSchool(PEOPLE.teacher.email, demoId(101), 'teacher');
    expect(await acceptInvitationAsUser(await actor(PEOPLE.teacher.id), token, t.db)).toMatchObject({ ok: true });
    expect(await loadSessionUser(PEOPLE.teacher.id, t.db)).toMatchObject({
      schoolId: demoId(101),
      staffRole: 'teacher',
    });
  });
});
