import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { auditLog, emailOutbox, invitations, schools, users } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { getOperatorOverview } from '@/lib/hosts/queries';
import { searchSchools } from '@/lib/schools/queries';
import { approveDerogation, deactivateUser, reactivateUser, withdrawDerogation } from './mutations';
import { attachHost, createOperator, detachHost, inviteOperatorMember } from './operator-mutations';
import { findOperatorForAdmin } from './operator-queries';
import { findSchoolForAdmin, getDashboardCounts, searchUsers } from './queries';
import { updateSector } from './reference-mutations';

let t: TestDb;
let admin: SessionUser;
const actor = async (id: string) => (await loadSessionUser(id, t.db))!;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = await actor(PEOPLE.admin.id);
});
afterAll(() => t.close());

describe('admin mutations refuse everyone else', () => {
  it('answers FORBIDDEN to a head, a teacher, a pupil, a host, an operator and a representative', async () => {
    const others = [PEOPLE.head, PEOPLE.teacher, PUPILS[0][0], PEOPLE.host, PEOPLE.operator, PEOPLE.rep93];
    for (const person of others) {
      const user = await actor(person.id);
      const attempts = [
        deactivateUser(user, PEOPLE.publicHost.id, t.db),
        reactivateUser(user, PEOPLE.publicHost.id, t.db),
        approveDerogation(user, { schoolId: demoId(107), note: 'Accord de la préfecture' }, t.db),
        withdrawDerogation(user, demoId(107), t.db),
        createOperator(user, { name: `Intrus ${person.email}` }, t.db),
        inviteOperatorMember(user, { operatorId: demoId(321), email: 'x@demo.test' }, t.db),
        attachHost(user, { operatorId: demoId(321), organisationId: demoId(311) }, t.db),
        detachHost(user, { operatorId: demoId(321), organisationId: demoId(313) }, t.db),
        updateSector(user, { sectorId: '19ccd244-5fac-4ad9-8513-7488d0980f4c', name: 'Piraté', onisepUrl: null }, t.db),
      ];
      for (const result of await Promise.all(attempts))
        expect(result, person.email).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await getDashboardCounts(user, t.db)).toBeNull();
      expect((await searchUsers(user, { q: '', page: 1 }, t.db)).rows).toEqual([]);
    }
    expect(await loadSessionUser(PEOPLE.publicHost.id, t.db)).not.toBeNull();
  });
});

describe('account deactivation', () => {
  it('ends access at the next request, is audited, and can be undone', async () => {
    expect(await loadSessionUser(PEOPLE.publicHost.id, t.db)).toMatchObject({ role: 'host' });
    expect(await deactivateUser(admin, PEOPLE.publicHost.id, t.db)).toMatchObject({ ok: true });
    // getCurrentUser rebuilds the session user with loadSessionUser on every request.
    expect(await loadSessionUser(PEOPLE.publicHost.id, t.db)).toBeNull();
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.deactivated'), eq(auditLog.targetId, PEOPLE.publicHost.id)));
    expect(entry).toMatchObject({ actorId: PEOPLE.admin.id, details: { role: 'host' } });
    expect(await deactivateUser(admin, PEOPLE.publicHost.id, t.db)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    expect(await reactivateUser(admin, PEOPLE.publicHost.id, t.db)).toMatchObject({ ok: true });
    expect(await loadSessionUser(PEOPLE.publicHost.id, t.db)).toMatchObject({
      role: 'host',
      organisationId: demoId(312),
    });
  });

  it('does not let an admin lock themselves out', async () => {
    expect(await deactivateUser(admin, PEOPLE.admin.id, t.db)).toMatchObject({ ok: false, code: 'OWN_ACCOUNT' });
  });
});

describe('derogations', () => {
  it('makes a collège outside priority education eligible, with the agreement kept in the audit log', async () => {
    const before = await searchSchools('Marie Curie', {}, t.db);
    expect(before.find((s) => s.id === demoId(107))).toMatchObject({ network: 'none', eligible: false });

    const note = 'Accord préfecture 93 du 12/09 et DSDEN 93 du 15/09';
    expect(await approveDerogation(admin, { schoolId: demoId(107), note }, t.db)).toMatchObject({ ok: true });
    const after = await searchSchools('Marie Curie', {}, t.db);
    expect(after.find((s) => s.id === demoId(107))).toMatchObject({ network: 'derogation', eligible: true });
    expect(await findSchoolForAdmin(admin, demoId(107), t.db)).toMatchObject({
      approval: { note, by: 'Camille Roussel' },
    });
    expect(await approveDerogation(admin, { schoolId: demoId(107), note }, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });

    expect(await withdrawDerogation(admin, demoId(107), t.db)).toMatchObject({ ok: true });
    expect((await searchSchools('Marie Curie', {}, t.db)).find((s) => s.id === demoId(107))).toMatchObject({
      network: 'none',
      eligible: false,
    });
    expect(
      await t.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.targetId, demoId(107))),
    ).toEqual(
      expect.arrayContaining([{ action: 'school.derogation_approved' }, { action: 'school.derogation_withdrawn' }]),
    );
  });

  it('refuses a derogation for a REP school, which needs none', async () => {
    expect(
      await approveDerogation(admin, { schoolId: demoId(101), note: 'Sans objet pour ce collège' }, t.db),
    ).toMatchObject({ ok: false, code: 'NOT_ELIGIBLE' });
    const [school] = await t.db
      .select({ network: schools.network })
      .from(schools)
      .where(eq(schools.id, demoId(101)));
    expect(school?.network).toBe('rep');
  });
});

describe('operators', () => {
  it('creates an operator, invites a member by e-mail and attaches host organisations', async () => {
    const created = await createOperator(admin, { name: 'Viens voir mon taf' }, t.db);
    if (!created.ok) throw new Error(created.message);
    expect(await createOperator(admin, { name: 'Viens voir mon taf' }, t.db)).toMatchObject({
      ok: false,
      code: 'NAME_TAKEN',
    });

    expect(
      await inviteOperatorMember(admin, { operatorId: created.data.id, email: 'benevole@vvmt.test' }, t.db),
    ).toMatchObject({ ok: true });
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.email, 'benevole@vvmt.test'));
    expect(invitation).toMatchObject({ kind: 'operator_member', operatorId: created.data.id });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'benevole@vvmt.test'));
    expect(mail).toMatchObject({ template: 'operator_invitation' });

    expect(await attachHost(admin, { operatorId: created.data.id, organisationId: demoId(311) }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await attachHost(admin, { operatorId: created.data.id, organisationId: demoId(311) }, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
    const detail = await findOperatorForAdmin(admin, created.data.id, new Date(), t.db);
    expect(detail).toMatchObject({
      hosts: [{ id: demoId(311) }],
      pending: [{ email: 'benevole@vvmt.test' }],
      members: [],
    });
  });

  it('detaching a host removes it from the operator’s space', async () => {
    expect(await detachHost(admin, { operatorId: demoId(321), organisationId: demoId(313) }, t.db)).toMatchObject({
      ok: true,
    });
    const overview = await getOperatorOverview(await actor(PEOPLE.operator.id), t.db);
    expect(overview?.hosts.map((h) => h.id)).toEqual([demoId(314)]);
  });
});

describe('user search', () => {
  it('finds accounts by e-mail or name, accents aside, page by page', async () => {
    expect((await searchUsers(admin, { q: 'helene dubois', page: 1 }, t.db)).rows.map((r) => r.email)).toEqual([
      PEOPLE.repIdf.email,
    ]);
    expect((await searchUsers(admin, { q: 'Belkacem Nadia', page: 1 }, t.db)).rows.map((r) => r.email)).toEqual([
      PEOPLE.head.email,
    ]);
    // Every demo account (10 adults, 11 named pupils and the pupils holding full offers' seats), 20 a page.
    const accounts = await t.db.$count(users);
    const all = await searchUsers(admin, { q: '@DEMO.test', page: 1 }, t.db);
    expect(all.total).toBe(accounts);
    expect(all.rows).toHaveLength(20);
    const pages = Math.ceil(accounts / 20);
    expect((await searchUsers(admin, { q: '', page: pages }, t.db)).rows).toHaveLength(accounts - (pages - 1) * 20);
    expect(await searchUsers(admin, { q: '', page: pages + 1 }, t.db)).toEqual({ rows: [], total: accounts });
  });
});
