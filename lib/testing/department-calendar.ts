import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import { DEMO_SECTORS } from '@/db/seed/demo-data';
import type { ScopeLevel, SessionUser } from '@/lib/auth/types';

/*
 * A small campaign around Seine-Saint-Denis for the department calendar's tests, in school year 2030
 * (2030-2031), for which the reference data records no holiday: the fixture writes zone C's own
 * (Seine-Saint-Denis is in the académie de Créteil, zone C), and 2031-2032 stays without a calendar.
 *
 * Registered in 93: Anne Frank (REP+; 3e 2 on W1 and W2 with 3 pupils counted, a pupil awaiting
 * confirmation and a deleted one not counted; 3e 10 on W1 with 2 pupils; a class of 2029-2030),
 * Berthe Morisot (REP; 3e A on W2 and the Christmas week with 4 pupils; 3e B without a week, 1
 * pupil) and Émile Zola (REP, no class). Not counted: Camille Claudel in 93, not registered (3e U on
 * W1, 5 pupils), and Vieux-Port in Marseille (13; 3e M on W1, 6 pupils).
 *
 * Offers: in 93, O1 2 seats a week on W1 and W2 (both held on W1: one accepted, one confirmed) and
 * O2 1 seat on W1 and W4 (W4 confirmed by a pupil of Marseille; a submitted and a cancelled
 * application on W1 hold nothing). Not counted: O3 in 13 (5 seats on W1, one held), a draft in 93 and
 * a published offer in 93 of a suspended organisation.
 */

export const YEAR = 2030;
export const TODAY = '2030-11-20';
/** Mondays of the window: first, last, and the weeks used. */
export const FIRST_WEEK = '2030-10-14';
export const LAST_WEEK = '2031-04-28';
export const [W1, W2, CHRISTMAS_WEEK, W4] = ['2030-11-18', '2030-11-25', '2030-12-23', '2031-01-06'] as const;

export const HOLIDAYS_ZONE_C = [
  { name: 'Vacances de la Toussaint', startsOn: '2030-10-19', endsOn: '2030-11-03' },
  { name: 'Vacances de Noël', startsOn: '2030-12-21', endsOn: '2031-01-05' },
];

/** A state representative as the session describes them. */
export function representative(level: ScopeLevel, code: string | null, validated = true): SessionUser {
  return {
    id: randomUUID(),
    email: `referent-${level}-${code}@exemple.fr`,
    firstName: 'Référent',
    lastName: 'Essai',
    role: 'state_rep',
    scope: { level, code, validated },
  };
}

export async function seedDepartmentCalendar(db: Db): Promise<void> {
  let serial = 0;
  await db
    .insert(s.holidayPeriods)
    .values(HOLIDAYS_ZONE_C.map((period) => ({ ...period, zone: 'C' as const, schoolYear: YEAR })));

  async function school(name: string, departmentCode: string, network: 'rep_plus' | 'rep', registered = true) {
    const id = randomUUID();
    await db.insert(s.schools).values({
      id,
      uai: `0${departmentCode}99${String(++serial).padStart(2, '0')}X`,
      name,
      commune: departmentCode === '93' ? 'Saint-Denis' : 'Marseille',
      departmentCode,
      network,
      registeredAt: registered ? new Date(`${TODAY}T08:00:00Z`) : null,
    });
    return id;
  }

  /** A class with its weeks and pupils, each pupil 'active' unless told 'pending' or 'deleted'. */
  async function schoolClass(
    schoolId: string,
    name: string,
    weeks: string[],
    pupils: ('active' | 'pending' | 'deleted')[],
    schoolYear = YEAR,
  ): Promise<string[]> {
    const classId = randomUUID();
    await db.insert(s.schoolClasses).values({ id: classId, schoolId, schoolYear, name });
    if (weeks.length) await db.insert(s.classInternshipWeeks).values(weeks.map((week) => ({ classId, week })));
    const ids = pupils.map(() => randomUUID());
    if (!ids.length) return ids;
    await db.insert(s.users).values(
      pupils.map((state, i) => ({
        id: ids[i]!,
        email: `eleve-calendrier-${++serial}@exemple.fr`,
        role: 'pupil' as const,
        firstName: 'Élève',
        lastName: `Calendrier ${serial}`,
        status: state === 'pending' ? ('pending' as const) : ('active' as const),
        deletedAt: state === 'deleted' ? new Date(`${TODAY}T08:00:00Z`) : null,
      })),
    );
    await db.insert(s.pupils).values(ids.map((userId) => ({ userId, schoolId, classId })));
    return ids;
  }

  const [host, suspended] = [randomUUID(), randomUUID()];
  await db.insert(s.hostOrganisations).values([
    { id: host, kind: 'private', name: 'Garage de la Plaine' },
    {
      id: suspended,
      kind: 'private',
      name: 'Structure suspendue',
      suspendedAt: new Date(`${TODAY}T08:00:00Z`),
      suspensionReason: 'Offres trompeuses',
    },
  ]);

  async function offer(
    departmentCode: string,
    seatsPerWeek: number,
    weeks: string[],
    fields: Partial<typeof s.offers.$inferInsert> = {},
  ) {
    const id = randomUUID();
    await db.insert(s.offers).values({
      id,
      organisationId: host,
      sectorId: DEMO_SECTORS.logistics,
      schoolYear: YEAR,
      title: `Offre ${++serial}`,
      departmentCode,
      lat: departmentCode === '93' ? 48.936 : 43.296,
      lng: departmentCode === '93' ? 2.357 : 5.37,
      dailyStart: '09:00',
      dailyEnd: '16:00',
      status: 'published',
      publishedAt: new Date(`${TODAY}T08:00:00Z`),
      seatsPerWeek,
      seatsPerYear: seatsPerWeek * weeks.length,
      ...fields,
    });
    await db.insert(s.offerWeeks).values(weeks.map((week) => ({ offerId: id, week })));
    return id;
  }

  const anneFrank = await school('Collège Anne Frank', '93', 'rep_plus');
  const bertheMorisot = await school('Collège Berthe Morisot', '93', 'rep');
  await school('Collège Émile Zola', '93', 'rep');
  const camilleClaudel = await school('Collège Camille Claudel', '93', 'rep', false);
  const vieuxPort = await school('Collège du Vieux-Port', '13', 'rep');

  const [a1, a2, a3] = await schoolClass(
    anneFrank,
    '3e 2',
    [W1, W2],
    ['active', 'active', 'active', 'pending', 'deleted'],
  );
  await schoolClass(anneFrank, '3e 10', [W1], ['active', 'active']);
  await schoolClass(anneFrank, '3e Z', ['2029-11-19'], ['active'], YEAR - 1);
  await schoolClass(bertheMorisot, '3e A', [W2, CHRISTMAS_WEEK], ['active', 'active', 'active', 'active']);
  await schoolClass(bertheMorisot, '3e B', [], ['active']);
  await schoolClass(camilleClaudel, '3e U', [W1], Array(5).fill('active'));
  const [m1, m2] = await schoolClass(vieuxPort, '3e M', [W1], Array(6).fill('active'));

  const o1 = await offer('93', 2, [W1, W2]);
  const o2 = await offer('93', 1, [W1, W4]);
  const o3 = await offer('13', 5, [W1]);
  await offer('93', 4, [W1], { status: 'draft', publishedAt: null });
  await offer('93', 3, [W1, W2], { organisationId: suspended });

  await db.insert(s.applications).values([
    { pupilId: a1!, offerId: o1, week: W1, status: 'accepted' },
    { pupilId: a2!, offerId: o1, week: W1, status: 'confirmed' },
    { pupilId: a3!, offerId: o2, week: W1, status: 'submitted' },
    { pupilId: a1!, offerId: o2, week: W1, status: 'canceled_by_pupil' },
    { pupilId: m1!, offerId: o2, week: W4, status: 'confirmed' },
    { pupilId: m2!, offerId: o3, week: W1, status: 'confirmed' },
  ]);
}
