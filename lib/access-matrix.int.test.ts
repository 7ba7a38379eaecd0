import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, pupils, stateRepresentatives, users } from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { approveDerogation, deactivateUser } from '@/lib/admin/mutations';
import { completeHostPart, completeSchoolPart } from '@/lib/agreements/mutations';
import { getAgreement } from '@/lib/agreements/queries';
import type { HostPartInput } from '@/lib/agreements/schemas';
import { inviteColleague } from '@/lib/hosts/mutations';
import { recordConsents } from '@/lib/pupils/mutations';
import { getAuthorisationForms } from '@/lib/pupils/queries';
import { getClassFollowUp } from '@/lib/classes/queries';
import { updateClass } from '@/lib/classes/mutations';
import { listTeam } from '@/lib/staff/queries';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';

/*
 * The access matrix against the database: every role calls the domain functions on school A
 * (collège Henri Barbusse), its class 3e A and host organisation O1 with forged ids, and only the
 * actors the technical note allows get data or change anything.
 */

let t: TestDb;
const actors: Record<string, SessionUser> = {};
const CLASS_A = demoId(201);
const WAITING_PUPIL = PUPILS[1][0].id;
const REP_13 = demoId(901);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  // A validated representative of another department (Bouches-du-Rhône) than school A's.
  await t.db.insert(users).values({
    id: REP_13,
    email: 'referent.13@test.fr',
    role: 'state_rep',
    firstName: 'R',
    lastName: 'Treize',
    emailVerifiedAt: new Date(),
  });
  await t.db
    .insert(stateRepresentatives)
    .values({ userId: REP_13, level: 'department', territoryCode: '13', validatedAt: new Date() });
  const ids = {
    pupilA: PUPILS[0][0].id,
    teacherA: PEOPLE.teacher.id,
    headA: PEOPLE.head.id,
    headB: PEOPLE.headMarseille.id,
    host: PEOPLE.host.id,
    operator: PEOPLE.operator.id,
    rep13: REP_13,
    admin: PEOPLE.admin.id,
  };
  for (const [name, id] of Object.entries(ids)) actors[name] = (await loadSessionUser(id, t.db))!;
});
afterAll(() => t.close());

/** Names of the actors for which `check` holds, in a fixed order. */
async function allowed(check: (actor: SessionUser) => Promise<boolean>): Promise<string[]> {
  const names: string[] = [];
  for (const [name, actor] of Object.entries(actors)) if (await check(actor)) names.push(name);
  return names;
}

describe('school A’s class and pupils', () => {
  it('only its staff follow class 3e A', async () => {
    expect(await allowed(async (a) => (await getClassFollowUp(a, CLASS_A, t.db)) !== null)).toEqual([
      'teacherA',
      'headA',
    ]);
  });

  it('only its head and its main teacher print the parental authorisation forms', async () => {
    expect(await allowed(async (a) => (await getAuthorisationForms(a, CLASS_A, {}, t.db)) !== null)).toEqual([
      'teacherA',
      'headA',
    ]);
  });

  it('only they may edit the class; a forged class id changes nothing for anyone else', async () => {
    const refused = await allowed(
      async (a) =>
        !(
          await updateClass(
            a,
            { classId: CLASS_A, name: `3e A ${a.role}`, mainTeacherId: undefined, weeks: [] },
            new Date('2026-11-28T10:00:00Z'),
            t.db,
          )
        ).ok,
    );
    expect(refused).toEqual(['pupilA', 'headB', 'host', 'operator', 'rep13', 'admin']);
  });

  it('nobody outside the school records a parental authorisation, then its main teacher does', async () => {
    for (const name of ['pupilA', 'headB', 'host', 'operator', 'rep13', 'admin']) {
      const result = await recordConsents(actors[name]!, { classId: CLASS_A, pupilIds: [WAITING_PUPIL] }, t.db);
      expect(result.ok, name).toBe(false);
    }
    const [before] = await t.db
      .select({ at: pupils.parentalConsentAt })
      .from(pupils)
      .where(eq(pupils.userId, WAITING_PUPIL));
    expect(before!.at).toBeNull();
    expect(await recordConsents(actors.teacherA!, { classId: CLASS_A, pupilIds: [WAITING_PUPIL] }, t.db)).toMatchObject(
      { ok: true, data: { count: 1 } },
    );
  });

  it('a head only ever sees their own school’s team', async () => {
    const teamB = await listTeam(actors.headB!, t.db);
    expect(JSON.stringify(teamB)).not.toContain(PEOPLE.teacher.email);
    expect(JSON.stringify(await listTeam(actors.headA!, t.db))).toContain(PEOPLE.teacher.email);
    expect(await allowed(async (a) => (await listTeam(a, t.db)) !== null)).toEqual(['headA', 'headB']);
  });
});

describe('host organisation O1 and national administration', () => {
  it('only a member of O1 invites colleagues into O1', async () => {
    let n = 0;
    expect(
      await allowed(
        async (a) =>
          (await inviteColleague(a, { organisationId: demoId(311), email: `collegue${n++}@exemple.fr` }, t.db)).ok,
      ),
    ).toEqual(['host']);
  });

  it('only the admin approves derogations and deactivates accounts', async () => {
    expect(
      await allowed(
        async (a) =>
          (
            await approveDerogation(
              a,
              { schoolId: demoId(107), note: 'Accord préfecture et DSDEN du 12 novembre' },
              t.db,
            )
          ).ok,
      ),
    ).toEqual(['admin']);
    expect(await allowed(async (a) => (await deactivateUser(a, PUPILS[3][0].id, t.db)).ok)).toEqual(['admin']);
  });
});

describe('the convention of a pupil of school A', () => {
  const AGREEMENT = demoId(601);

  it('is read only by its pupil, the staff who follow her class and the host', async () => {
    expect(await allowed(async (a) => (await getAgreement(a, AGREEMENT, t.db)) !== null)).toEqual([
      'pupilA',
      'teacherA',
      'headA',
      'host',
    ]);
  });

  it('has its host part completed only by the host, its school part only by the school', async () => {
    const [row] = await t.db.select().from(agreements).where(eq(agreements.id, AGREEMENT));
    let n = 0;
    const hostPart = () => ({ ...(row!.hostPart as HostPartInput), activities: `Activités, version ${n++}` });
    expect(await allowed(async (a) => (await completeHostPart(a, AGREEMENT, hostPart(), {}, t.db)).ok)).toEqual([
      'host',
    ]);
    const schoolPart = {
      signatoryUserId: PEOPLE.head.id,
      referringTeacherName: 'Julien Marchand',
      referringTeacherEmail: PEOPLE.teacher.email,
      legalRepresentatives: [{ fullName: 'Samia Benali', email: 'samia.benali@demo.test' }],
    };
    expect(await allowed(async (a) => (await completeSchoolPart(a, AGREEMENT, schoolPart, {}, t.db)).ok)).toEqual([
      'teacherA',
      'headA',
    ]);
  });
});
