import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { listClasses } from '@/lib/classes/queries';
import { canFollowClass } from '@/lib/classes/policy';
import { followedClasses } from '@/lib/classes/scope';
import { CLASS_B, followUpFixtures, NOW, WEEKS } from '@/lib/testing/follow-up';
import { getPupilRecord } from './record-queries';

/*
 * A pupil's page for the staff: their applications and each one's history, for those who follow
 * their class only; and the classes each staff member follows, by the policy and by its SQL scope.
 */

const f = followUpFixtures();
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
let pupilB: string;
let applications: string[];

beforeAll(async () => {
  pupilB = (await f.pupils(CLASS_B, ['Historique']))[0]!;
  const [zenith, abeille] = [await f.offer('Zénith Conseil', 'Découvrir le conseil'), await f.offer('Abeille')];
  applications = await f.applications([
    { pupilId: pupilB!, offerId: zenith, week: WEEKS[1], status: 'confirmed' },
    { pupilId: pupilB!, offerId: abeille, week: WEEKS[0], status: 'rejected' },
  ]);
});

describe('a pupil’s page', () => {
  it('lists their applications by week, each with its history oldest first', async () => {
    const record = await getPupilRecord(await f.actor(PEOPLE.head.id), pupilB!, f.db);
    expect(record).toMatchObject({ lastName: 'Historique', className: '3e B', consentAt: NOW });
    expect(record!.applications).toEqual([
      {
        id: applications[1],
        offerTitle: 'Stage chez Abeille',
        organisationName: 'Abeille',
        week: WEEKS[0],
        status: 'rejected',
        sentAt: expect.any(Date),
        history: [
          { toStatus: 'submitted', at: day(3) },
          { toStatus: 'read', at: day(2) },
          { toStatus: 'rejected', at: day(1) },
        ],
      },
      {
        id: applications[0],
        offerTitle: 'Découvrir le conseil',
        organisationName: 'Zénith Conseil',
        week: WEEKS[1],
        status: 'confirmed',
        sentAt: expect.any(Date),
        history: ['submitted', 'read', 'accepted', 'confirmed'].map((toStatus, i) => ({ toStatus, at: day(4 - i) })),
      },
    ]);
  });

  it('is read by the staff who follow the class only; a forged id of another school reads nothing', async () => {
    const teacher = await f.staff('teacher');
    const cpe = await f.staff('cpe');
    const mainTeacherA = await f.actor(PEOPLE.teacher.id);
    const headMarseille = await f.actor(PEOPLE.headMarseille.id);
    for (const actor of [await f.actor(PEOPLE.head.id), teacher, cpe])
      expect(await getPupilRecord(actor, pupilB!, f.db)).not.toBeNull();
    for (const actor of [mainTeacherA, headMarseille, await f.actor(PUPILS[0][0].id), await f.actor(PEOPLE.host.id)])
      expect(await getPupilRecord(actor, pupilB!, f.db)).toBeNull();
    // The main teacher of 3e A reads their own pupils; Marseille's pupil is no pupil of Henri Barbusse.
    expect(await getPupilRecord(mainTeacherA, PUPILS[0][0].id, f.db)).toMatchObject({ className: '3e A' });
    expect(await getPupilRecord(await f.actor(PEOPLE.head.id), PUPILS[6][0].id, f.db)).toBeNull();
    expect(await getPupilRecord(await f.actor(PEOPLE.head.id), 'pas-un-identifiant', f.db)).toBeNull();
  });

  it('is gone once the pupil’s account is deleted', async () => {
    const [gone] = await f.pupils(CLASS_B, ['Supprimé']);
    await f.db.update(s.users).set({ deletedAt: NOW }).where(eq(s.users.id, gone!));
    expect(await getPupilRecord(await f.actor(PEOPLE.head.id), gone!, f.db)).toBeNull();
  });
});

describe('the classes a staff member follows', () => {
  it('are the same by the policy and by its SQL scope, for every role', async () => {
    const classes = await f.db
      .select({
        id: s.schoolClasses.id,
        schoolId: s.schoolClasses.schoolId,
        mainTeacherId: s.schoolClasses.mainTeacherId,
      })
      .from(s.schoolClasses);
    const actors = [
      await f.actor(PEOPLE.head.id),
      await f.actor(PEOPLE.teacher.id),
      await f.actor(PEOPLE.headMarseille.id),
      await f.staff('teacher'),
      await f.staff('main_teacher'),
      await f.staff('librarian'),
      await f.actor(PUPILS[0][0].id),
    ];
    for (const actor of actors) {
      const scope = followedClasses(actor);
      const bySql = scope ? await f.db.select({ id: s.schoolClasses.id }).from(s.schoolClasses).where(scope) : [];
      const byPolicy = classes.filter((row) => canFollowClass(actor, row));
      expect(bySql.map((row) => row.id).sort(), actor.lastName).toEqual(byPolicy.map((row) => row.id).sort());
    }
  });

  it('are listed to a main teacher as their own classes only, to the head as every class', async () => {
    const names = async (id: string) => (await listClasses(await f.actor(id), 2026, f.db)).map((row) => row.name);
    expect(await names(PEOPLE.teacher.id)).toEqual(['3e A']);
    expect(await names(PEOPLE.head.id)).toEqual(['3e A', '3e B']);
    expect(await names((await f.staff('main_teacher')).id)).toEqual([]);
  });
});
