import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoWeeks } from '@/db/seed/demo-weeks';
import { PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { weekDemand, type WeekDemand } from './demand-queries';
import type { LatLng } from '@/lib/geo/distance';

/*
 * The demo campaign 2026 seen on 2026-11-28 (db/seed/demo.ts, demoWeeks): its weeks are
 * w0 2026-12-14, w1 2027-01-04, w2 2027-01-11, w3 2027-01-18, w4 2027-01-25, w5 2027-02-01
 * (school weeks only: the Christmas holidays are skipped).
 * Registered schools: 101 Saint-Denis (3e A on w0 and w1: Inès, Yanis, Moussa, Sarah; 3e B on w2:
 * Adam, Lina), its neighbour 108 Aubervilliers (3e 2 on w1 and w4: Ilyès, Awa, Tom) and 104 Marseille
 * (3e 1 on w1 and w3: Rayan, Maëva). 102, 103 and 107 are in Seine-Saint-Denis too but not registered. Applications that place a pupil: Inès confirmed on w0,
 * Moussa accepted on w0; the others (submitted, read, canceled, expired...) do not.
 */
const TODAY = '2026-11-28';
const YEAR = 2026;
const [W0, W1, W2, W3, W4] = demoWeeks(new Date(`${TODAY}T10:00:00Z`)).list as [string, string, string, string, string];
const LINA = PUPILS[5][0];

let t: TestDb;
let saintDenis: LatLng;
let marseille: LatLng;

/** Every week from the first Monday after TODAY to the last Monday of April 2027. */
function allWeeks(from: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse('2027-04-26T00:00:00Z'); ms += 7 * 86_400_000)
    weeks.push(new Date(ms).toISOString().slice(0, 10));
  return weeks;
}

/** The expected answer: zeros except the weeks given as [schools, pupils without placement]. */
function expected(counts: Record<IsoDate, [number, number]>, from = '2026-11-30'): WeekDemand[] {
  return allWeeks(from).map((week) => ({
    week,
    schools: counts[week]?.[0] ?? 0,
    pupilsWithoutPlacement: counts[week]?.[1] ?? 0,
  }));
}

async function coordinates(schoolNumber: number): Promise<LatLng> {
  const [school] = await t.db
    .select({ lat: s.schools.lat, lng: s.schools.lng })
    .from(s.schools)
    .where(eq(s.schools.id, demoId(schoolNumber)));
  return { lat: school!.lat!, lng: school!.lng! };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
  [saintDenis, marseille] = [await coordinates(101), await coordinates(104)];
});
afterAll(() => t.close());

describe('demand of nearby schools per week', () => {
  it('lists every week a host can still choose, in order, from the Monday after today to the end of April', async () => {
    const weeks = (await weekDemand(saintDenis, YEAR, TODAY, t.db)).map((entry) => entry.week);
    expect(weeks).toHaveLength(22);
    expect(weeks[0]).toBe('2026-11-30');
    expect(weeks.at(-1)).toBe('2027-04-26');
    expect(weeks).toEqual(allWeeks('2026-11-30'));
  });

  it('in Saint-Denis: the weeks of 101’s classes, without the pupils already placed, and nothing of Marseille', async () => {
    // w0: 3e A less Inès (confirmed) and Moussa (accepted); w1: all of 3e A (Inès only applied,
    // Sarah's acceptance was canceled by the host); w2: 3e B (expired applications place nobody).
    // Aubervilliers' 3e 2 adds a school and its three pupils on w1 and w4. w3 belongs to Marseille's 3e 1 only.
    expect(await weekDemand(saintDenis, YEAR, TODAY, t.db)).toEqual(
      expected({ [W0]: [1, 2], [W1]: [2, 7], [W2]: [1, 2], [W4]: [1, 3] }),
    );
  });

  it('in Marseille: the weeks of 104’s class, a pending application leaving the pupil without placement', async () => {
    expect(await weekDemand(marseille, YEAR, TODAY, t.db)).toEqual(expected({ [W1]: [1, 2], [W3]: [1, 2] }));
  });

  it('a pupil stops counting for the week their application is confirmed', async () => {
    const application = and(eq(s.applications.id, demoId(503)), eq(s.applications.week, W1));
    await t.db.update(s.applications).set({ status: 'confirmed' }).where(application);
    try {
      const w1 = (await weekDemand(saintDenis, YEAR, TODAY, t.db)).find((entry) => entry.week === W1);
      expect(w1).toEqual({ week: W1, schools: 2, pupilsWithoutPlacement: 6 });
    } finally {
      await t.db.update(s.applications).set({ status: 'submitted' }).where(application);
    }
  });

  it('a school with two classes the same week counts once, with the pupils of both', async () => {
    await t.db.insert(s.classInternshipWeeks).values({ classId: demoId(202), week: W0 });
    try {
      const w0 = (await weekDemand(saintDenis, YEAR, TODAY, t.db)).find((entry) => entry.week === W0);
      expect(w0).toEqual({ week: W0, schools: 1, pupilsWithoutPlacement: 4 });
    } finally {
      await t.db
        .delete(s.classInternshipWeeks)
        .where(and(eq(s.classInternshipWeeks.classId, demoId(202)), eq(s.classInternshipWeeks.week, W0)));
    }
  });

  it('a school that has not registered does not count until it registers', async () => {
    // Collège Robert Doisneau (102), next to Saint-Denis, opens a class on w4 with one pupil (Aubervilliers' 3e 2 is there already).
    const pupil = { id: demoId(29), email: 'nour.amrani@demo.test', firstName: 'Nour', lastName: 'Amrani' };
    await t.db.insert(s.users).values({ ...pupil, role: 'pupil' });
    await t.db
      .insert(s.schoolClasses)
      .values({ id: demoId(209), schoolId: demoId(102), schoolYear: YEAR, name: '3e C' });
    await t.db.insert(s.classInternshipWeeks).values({ classId: demoId(209), week: W4 });
    await t.db.insert(s.pupils).values({ userId: pupil.id, schoolId: demoId(102), classId: demoId(209) });
    const w4 = async () => (await weekDemand(saintDenis, YEAR, TODAY, t.db)).find((entry) => entry.week === W4);

    expect(await w4()).toEqual({ week: W4, schools: 1, pupilsWithoutPlacement: 3 });
    await t.db
      .update(s.schools)
      .set({ registeredAt: new Date(`${TODAY}T10:00:00Z`) })
      .where(eq(s.schools.id, demoId(102)));
    try {
      expect(await w4()).toEqual({ week: W4, schools: 2, pupilsWithoutPlacement: 4 });
    } finally {
      await t.db
        .update(s.schools)
        .set({ registeredAt: null })
        .where(eq(s.schools.id, demoId(102)));
    }
  });

  it('a deleted pupil account no longer counts', async () => {
    await t.db
      .update(s.users)
      .set({ deletedAt: new Date(`${TODAY}T10:00:00Z`) })
      .where(eq(s.users.id, LINA.id));
    try {
      const w2 = (await weekDemand(saintDenis, YEAR, TODAY, t.db)).find((entry) => entry.week === W2);
      expect(w2).toEqual({ week: W2, schools: 1, pupilsWithoutPlacement: 1 });
    } finally {
      await t.db.update(s.users).set({ deletedAt: null }).where(eq(s.users.id, LINA.id));
    }
  });

  it('100 km away counts nothing within 60 km, and Saint-Denis within a wider radius', async () => {
    // 100 km due north: a degree of latitude is about 111.2 km everywhere.
    const farAway = { lat: saintDenis.lat + 100 / 111.19, lng: saintDenis.lng };
    expect(await weekDemand(farAway, YEAR, TODAY, t.db)).toEqual(expected({}));
    expect(await weekDemand(farAway, YEAR, TODAY, t.db, 120)).toEqual(
      expected({ [W0]: [1, 2], [W1]: [2, 7], [W2]: [1, 2], [W4]: [1, 3] }),
    );
  });

  it('leaves out the weeks already begun or past', async () => {
    // On Sunday 2026-12-20, w0 (14 December) is over; the week of the 21st is the first selectable.
    const demand = await weekDemand(saintDenis, YEAR, '2026-12-20', t.db);
    expect(demand.map((entry) => entry.week)).not.toContain(W0);
    expect(demand).toEqual(expected({ [W1]: [2, 7], [W2]: [1, 2], [W4]: [1, 3] }, '2026-12-21'));
  });

  it('without a place, every selectable week with zeros', async () => {
    expect(await weekDemand(null, YEAR, TODAY, t.db)).toEqual(expected({}));
  });
});
