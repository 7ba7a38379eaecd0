import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import * as s from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import { representative } from '@/lib/testing/department-calendar';
import { CRETEIL, IDF, PACA, seedSteering, YEAR, type SteeringFixture } from '@/lib/testing/steering';
import { openDashboard } from './dashboard-queries';
import type { AreaPosition } from './map';
import { mapAreas } from './map-areas';
import { areaPositions } from './map-queries';
import { NO_FILTERS } from './rules';

/*
 * Where the map puts the areas, on lib/testing/steering.ts with coordinates given to its schools:
 *   S1 (93) 48.90, 2.40   S2 (93) 48.96, 2.50   S3 (94) 48.81, 2.45   S4 (13) 43.30, 5.40
 * and two more schools: S5 in 93 without coordinates (left out of every mean), S6 in Guadeloupe
 * (971, region 01) at 16.25, -61.55. Paris (75) has no school: no position.
 */

let t: TestDb;
let f: SteeringFixture;
let s5: string;
let s6: string;
beforeAll(async () => {
  t = await createTestDb();
  f = await seedSteering(t.db);
  const place = async (id: string, lat: number, lng: number) =>
    t.db.update(s.schools).set({ lat, lng }).where(eq(s.schools.id, id));
  await place(f.schools.s1, 48.9, 2.4);
  await place(f.schools.s2, 48.96, 2.5);
  await place(f.schools.s3, 48.81, 2.45);
  await place(f.schools.s4, 43.3, 5.4);
  [s5, s6] = [randomUUID(), randomUUID()];
  await t.db.insert(s.schools).values([
    { id: s5, uai: '0930001A', name: 'Collège sans adresse', commune: 'Bobigny', departmentCode: '93' },
    { id: s6, uai: '9710001A', name: 'Collège des Abymes', commune: 'Les Abymes', departmentCode: '971' },
  ]);
  await place(s6, 16.25, -61.55);
});
afterAll(() => t.close());

const national = representative('national', null);

/** Rounded to 1e-9: a mean of doubles is not exact. */
const rounded = (positions: AreaPosition[] | null) =>
  positions?.map(({ code, lat, lng }) => ({
    code,
    lat: Math.round(lat * 1e9) / 1e9,
    lng: Math.round(lng * 1e9) / 1e9,
  }));

describe('positions of the areas of a view', () => {
  it('nationally, each region at the mean of its schools, overseas included', async () => {
    expect(rounded(await areaPositions(national, { level: 'national' }, t.db))).toEqual([
      { code: '01', lat: 16.25, lng: -61.55 }, // S6
      { code: IDF, lat: 48.89, lng: 2.45 }, // S1, S2, S3: (48.90 + 48.96 + 48.81) / 3, (2.40 + 2.50 + 2.45) / 3; not S5
      { code: PACA, lat: 43.3, lng: 5.4 }, // S4
    ]);
  });

  it('in a region or an académie, each department at the mean of its schools; one without any has none', async () => {
    const departments = [
      { code: '93', lat: 48.93, lng: 2.45 }, // S1, S2: (48.90 + 48.96) / 2, (2.40 + 2.50) / 2
      { code: '94', lat: 48.81, lng: 2.45 }, // S3
    ];
    expect(rounded(await areaPositions(national, { level: 'region', code: IDF }, t.db))).toEqual(departments);
    expect(rounded(await areaPositions(national, { level: 'academy', code: CRETEIL }, t.db))).toEqual(departments);
  });

  it('in a department, each school at its own place; one without coordinates has none', async () => {
    const positions = await areaPositions(
      representative('department', '93'),
      { level: 'department', code: '93' },
      t.db,
    );
    expect(positions).toEqual(
      [
        { code: f.schools.s1, lat: 48.9, lng: 2.4 },
        { code: f.schools.s2, lat: 48.96, lng: 2.5 },
      ].sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('checks the actor like the figures, and has no map for a school or a ministry', async () => {
    expect(await areaPositions(representative('department', '13'), { level: 'department', code: '93' }, t.db)).toBe(
      null,
    );
    expect(await areaPositions(representative('region', PACA), { level: 'region', code: IDF }, t.db)).toBe(null);
    expect(await areaPositions(representative('region', IDF), { level: 'national' }, t.db)).toBe(null);
    expect(await areaPositions(national, { level: 'region', code: 'ZZ' }, t.db)).toBe(null);
    expect(await areaPositions(national, { level: 'school', id: f.schools.s1 }, t.db)).toBe(null);
    expect(await areaPositions(national, { level: 'ministry', id: f.ministries.m1 }, t.db)).toBe(null);
  });

  it('joins the dashboard’s rows: every department of the region listed, placed where it has schools', async () => {
    const query = { schoolYear: YEAR, filters: NO_FILTERS };
    const dashboard = (await openDashboard(
      representative('region', IDF),
      { level: 'region', code: IDF },
      query,
      t.db,
    ))!;
    const areas = mapAreas(dashboard.areas!, dashboard.positions!, (view) => JSON.stringify(view));
    const byCode = new Map(areas.map((area) => [area.code, area]));
    expect(areas).toHaveLength(8); // the eight departments of Île-de-France
    expect(byCode.get('93')).toMatchObject({
      name: 'Seine-Saint-Denis (93)',
      href: JSON.stringify({ level: 'department', code: '93' }),
      values: { pupils: 6, seatsOffered: 9 }, // p1-p4, p6, p7 (p5 awaits confirmation); O1 3 + O2 6
    });
    expect(byCode.get('93')!.position).toEqual({ lat: expect.closeTo(48.93, 9), lng: expect.closeTo(2.45, 9) });
    expect(byCode.get('75')).toMatchObject({ name: 'Paris (75)', position: null, values: { pupils: 0 } });
    const school = (await openDashboard(national, { level: 'school', id: f.schools.s1 }, query, t.db))!;
    expect(school.positions).toBe(null);
  });
});
