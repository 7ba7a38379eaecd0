import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { auditLog, emailOutbox, hostMembers, users } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { getOrganisationTeam } from './queries';
import { removeColleague } from './team-mutations';

const ORGANISATION = demoId(311); // entreprise@demo.test is its admin

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db))!;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

let n = 0;
async function colleague(role: 'admin' | 'member', organisationId = ORGANISATION) {
  n += 1;
  const [user] = await t.db
    .insert(users)
    .values({
      email: `collegue.${n}@exemple.fr`,
      firstName: 'Alex',
      lastName: `Colin ${n}`,
      role: 'host',
      emailVerifiedAt: new Date(),
    })
    .returning({ id: users.id, email: users.email });
  await t.db.insert(hostMembers).values({ userId: user!.id, organisationId, role });
  return user!;
}
const remove = async (by: SessionUser, userId: string, organisationId = ORGANISATION) =>
  removeColleague(by, { organisationId, userId }, t.db);
const isMember = async (userId: string) =>
  (await t.db.$count(hostMembers, and(eq(hostMembers.userId, userId), eq(hostMembers.organisationId, ORGANISATION)))) >
  0;

describe('removing a host colleague', () => {
  it('is refused to a plain member, to another organisation and to the other roles', async () => {
    const member = await colleague('member');
    const target = await colleague('member');
    for (const by of [member.id, PEOPLE.publicHost.id, PEOPLE.operator.id, PEOPLE.head.id])
      expect(await remove(await actor(by), target.id), by).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await isMember(target.id)).toBe(true);
  });

  it('lets the organisation’s admin remove a colleague, who loses the organisation at once and is told', async () => {
    const host = await actor(PEOPLE.host.id);
    const member = await colleague('member');
    expect((await actor(member.id)).organisationId).toBe(ORGANISATION);
    const team = await getOrganisationTeam(host, new Date(), t.db);
    expect(team!.members.find((m) => m.id === member.id)).toMatchObject({ removable: true });
    expect(team!.members.find((m) => m.id === host.id)).toMatchObject({ removable: false });

    expect(await remove(host, member.id)).toEqual({ ok: true, data: undefined });
    expect(await isMember(member.id)).toBe(false);
    const after = await actor(member.id);
    expect(after).toMatchObject({ role: 'host' });
    expect(after.organisationId).toBeUndefined();
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'host.colleague_removed'), eq(auditLog.targetId, ORGANISATION)));
    expect(entry).toMatchObject({ actorId: PEOPLE.host.id, details: { userId: member.id } });
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, member.email))).toMatchObject([
      { template: 'host_colleague_removed' },
    ]);
    expect(await remove(host, member.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('never lets an admin remove themself, and never removes the last admin', async () => {
    const host = await actor(PEOPLE.host.id);
    expect(await remove(host, host.id)).toMatchObject({ ok: false, message: expect.stringMatching(/vous-même/) });
    const admin = await actor(PEOPLE.admin.id);
    const second = await colleague('admin');
    expect(await remove(admin, second.id)).toMatchObject({ ok: true });
    expect(await remove(admin, host.id)).toMatchObject({ ok: false, message: expect.stringMatching(/dernier/) });
    expect(await isMember(host.id)).toBe(true);
  });

  it.runIf(onPostgres)('keeps an admin when two admins remove each other at once', async () => {
    const other = await colleague('admin');
    const [host, second] = [await actor(PEOPLE.host.id), await actor(other.id)];
    const results = await Promise.all([remove(host, other.id), remove(second, host.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await isMember(host.id)) !== (await isMember(other.id))).toBe(true);
  });
});
