import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import * as s from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import type { Holiday } from '@/lib/calendar/holidays';
import type { IsoDate } from '@/lib/calendar/weeks';
import { EARTH_RADIUS_KM } from '@/lib/geo/distance';
import { getWeekPicker } from '@/lib/schools/week-picker-queries';

/*
 * Fixtures of the school's week picker: collèges and offers placed due north of a collège in
 * Aurillac (Cantal, holiday zone A), far from any other data, at whole distances in km. Along a
 * meridian the haversine of lib/geo/distance.ts is the latitude difference times the Earth's
 * radius, so "59 km" is 59 km to the app and "61 km" is 61. The zone's 2026-2027 holidays are set
 * here (HOLIDAYS), whatever the reference data holds. weekPickerFixtures() opens a fresh database.
 */

export const TODAY = '2026-11-28';
export const YEAR = 2026;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
const AURILLAC = { lat: 44.9264, lng: 2.4397 };
const DEPARTMENT = '15';

export const HOLIDAYS: Holiday[] = [
  { name: 'Vacances de Noël', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  { name: 'Vacances d’hiver', startsOn: '2027-02-13', endsOn: '2027-02-28' },
  { name: 'Vacances de printemps', startsOn: '2027-04-10', endsOn: '2027-04-25' },
];

type OfferFields = Partial<typeof s.offers.$inferInsert>;

export function weekPickerFixtures() {
  let t: TestDb;
  let host: string;
  let suspendedHost: string;
  let sectorId: string;
  let serial = 0;

  beforeAll(async () => {
    t = await createTestDb();
    // The next school year has no calendar yet, whatever the reference data will hold by then.
    await t.db
      .delete(s.holidayPeriods)
      .where(and(eq(s.holidayPeriods.zone, 'A'), inArray(s.holidayPeriods.schoolYear, [YEAR, YEAR + 1])));
    await t.db
      .insert(s.holidayPeriods)
      .values(HOLIDAYS.map((holiday) => ({ ...holiday, zone: 'A' as const, schoolYear: YEAR })));
    [host, suspendedHost] = [randomUUID(), randomUUID()];
    await t.db.insert(s.hostOrganisations).values([
      { id: host, kind: 'private', name: 'Fromagerie du Cantal' },
      {
        id: suspendedHost,
        kind: 'association',
        name: 'Association suspendue',
        suspendedAt: new Date(),
        suspensionReason: 'Essai.',
      },
    ]);
    const [sector] = await t.db.select({ id: s.sectors.id }).from(s.sectors).limit(1);
    sectorId = sector!.id;
  });
  afterAll(() => t.close());

  const north = (km: number) => ({ lat: AURILLAC.lat + km / KM_PER_DEGREE, lng: AURILLAC.lng });

  /** A collège `km` north of Aurillac (null: no coordinates), registered unless told otherwise. */
  async function school(km: number | null, { registered = true } = {}): Promise<string> {
    const id = randomUUID();
    const n = ++serial;
    await t.db.insert(s.schools).values({
      id,
      uai: `015${String(n).padStart(4, '0')}K`,
      name: `Collège d’essai ${n}`,
      commune: 'Essai',
      departmentCode: DEPARTMENT,
      ...(km === null ? {} : north(km)),
      network: 'rep',
      registeredAt: registered ? new Date() : null,
    });
    return id;
  }

  /** A class of YEAR on `weeks`, with live pupils, and pupils that must not count (pending, deleted). */
  async function schoolClass(
    schoolId: string,
    weeks: IsoDate[],
    { pupils = 0, pending = 0, deleted = 0, schoolYear = YEAR } = {},
  ): Promise<{ classId: string; pupilIds: string[] }> {
    const classId = randomUUID();
    await t.db.insert(s.schoolClasses).values({ id: classId, schoolId, schoolYear, name: `3e ${++serial}` });
    if (weeks.length) await t.db.insert(s.classInternshipWeeks).values(weeks.map((week) => ({ classId, week })));
    const kinds = [
      ...Array<'active'>(pupils).fill('active'),
      ...Array<'pending'>(pending).fill('pending'),
      ...Array<'deleted'>(deleted).fill('deleted'),
    ];
    const people = kinds.map((kind, i) => ({ id: randomUUID(), kind, i }));
    if (people.length) {
      await t.db.insert(s.users).values(
        people.map(({ id, kind, i }) => ({
          id,
          email: `eleve-${classId.slice(0, 8)}-${i}@exemple.fr`,
          role: 'pupil' as const,
          status: kind === 'pending' ? ('pending' as const) : ('active' as const),
          firstName: 'Élève',
          lastName: `Essai ${i}`,
          deletedAt: kind === 'deleted' ? new Date() : null,
        })),
      );
      await t.db.insert(s.pupils).values(people.map(({ id }) => ({ userId: id, schoolId, classId })));
    }
    return { classId, pupilIds: people.filter((p) => p.kind === 'active').map((p) => p.id) };
  }

  /** A published offer `km` north of Aurillac on `weeks`, 1 seat a week and 10 a year unless told otherwise. */
  async function offer(
    km: number,
    weeks: IsoDate[],
    { reservedFor, suspended = false, ...fields }: OfferFields & { reservedFor?: string; suspended?: boolean } = {},
  ): Promise<string> {
    const id = randomUUID();
    await t.db.insert(s.offers).values({
      id,
      organisationId: suspended ? suspendedHost : host,
      sectorId,
      schoolYear: YEAR,
      title: `Offre à ${km} km`,
      ...north(km),
      commune: 'Essai',
      dailyStart: '09:00',
      dailyEnd: '16:00',
      status: 'published',
      publishedAt: new Date(`${TODAY}T09:00:00Z`),
      seatsPerWeek: 1,
      seatsPerYear: 10,
      isReserved: reservedFor !== undefined,
      ...fields,
    });
    await t.db.insert(s.offerWeeks).values(weeks.map((week) => ({ offerId: id, week })));
    if (reservedFor) await t.db.insert(s.offerReservations).values({ offerId: id, schoolId: reservedFor });
    return id;
  }

  /** An application of `pupilId` in its state (accepted and confirmed hold a seat: the counters follow). */
  async function application(
    pupilId: string,
    offerId: string,
    week: IsoDate,
    status: (typeof s.applicationStatus.enumValues)[number],
  ): Promise<string> {
    const [row] = await t.db
      .insert(s.applications)
      .values({ pupilId, offerId, week, status })
      .returning({ id: s.applications.id });
    return row!.id;
  }

  const setStatus = (id: string, status: (typeof s.applicationStatus.enumValues)[number]) =>
    t.db.update(s.applications).set({ status }).where(eq(s.applications.id, id));

  const picker = (schoolId: string, classId: string, schoolYear = YEAR) =>
    getWeekPicker({ schoolId, classId, schoolYear, today: TODAY }, t.db);

  return {
    get db() {
      return t.db;
    },
    school,
    schoolClass,
    offer,
    application,
    setStatus,
    picker,
  };
}
