import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { internshipWindow } from '@/lib/calendar/school-year';
import { eachWeek } from '@/lib/calendar/weeks';
import { representative } from '@/lib/testing/department-calendar';
import {
  IDF,
  PACA,
  SECTOR_A,
  SECTOR_B,
  seedSteering,
  W1,
  W2,
  W3,
  YEAR,
  type SteeringFixture,
} from '@/lib/testing/steering';
import { applicationFigures, areaFigures } from './pupil-indicator-queries';
import { NO_FILTERS, type PupilFunnel, type SteeringQuery } from './rules';
import { weekBalance } from './week-indicator-queries';

/* Applications, internships, the pupils' funnel and the weeks, on lib/testing/steering.ts (its comment numbers the applications). */

let t: TestDb;
let f: SteeringFixture;
beforeAll(async () => {
  t = await createTestDb();
  f = await seedSteering(t.db);
});
afterAll(() => t.close());

const query: SteeringQuery = { schoolYear: YEAR, filters: NO_FILTERS };
const national = representative('national', null);
const genders = (girl: number, boy: number, notStated: number) => ({
  girl,
  boy,
  notStated,
  total: girl + boy + notStated,
});
const INFO = { sectorId: SECTOR_B, sectorName: 'Informatique et réseaux' };
const LOGISTICS = { sectorId: SECTOR_A, sectorName: 'Logistique et transport' };
const funnel = (pupils: number, authorised: number, withApplication: number, placed: number, completed: number) =>
  ({ pupils, authorised, withApplication, placed, completed }) satisfies PupilFunnel;

describe('applications and internships by sector and gender', () => {
  it('nationally: not stated counted apart, cancelled never a placement', async () => {
    const figures = (await applicationFigures(national, { level: 'national' }, query, t.db))!.figures;
    expect(figures.applications).toEqual({
      bySector: [
        { ...INFO, ...genders(2, 2, 1) }, // B: apps 2 (p1 girl), 3 (p2 boy), 4 (p3 n.s.), 7 (p6 boy), 8 (p7 girl)
        { ...LOGISTICS, ...genders(4, 2, 1) }, // A: girls 1, 9, 11, 12; boys 6, 10; n.s. 5
      ],
      total: genders(6, 4, 2), // 12 applications of 2032 (the 2031 one left out)
    });
    expect(figures.confirmed).toEqual({
      // B: app 3 boy, 4 n.s., 8 girl; A: apps 1, 9 girls, 10 boy. App 6, cancelled after confirmation: no.
      bySector: [
        { ...INFO, ...genders(1, 1, 1) },
        { ...LOGISTICS, ...genders(2, 1, 0) },
      ],
      total: genders(3, 2, 1),
    });
    expect(figures.completed).toEqual({ bySector: [{ ...LOGISTICS, ...genders(1, 0, 0) }], total: genders(1, 0, 0) }); // app 1
  });

  it('by the pupil’s school: a region’s are the sum of its departments’, wherever the offer is', async () => {
    const of = async (view: Parameters<typeof applicationFigures>[1]) =>
      (await applicationFigures(national, view, query, t.db))!.figures;
    const idf = await of({ level: 'region', code: IDF });
    const paca = await of({ level: 'region', code: PACA });
    const d93 = await of({ level: 'department', code: '93' });
    const d94 = await of({ level: 'department', code: '94' });
    // 93: apps 1-8, app 8 included though O4 is in 13: girls 1, 2, 8; boys 3, 6, 7; n.s. 4, 5.
    expect(d93.applications.total).toEqual(genders(3, 3, 2));
    expect(d93.confirmed.total).toEqual(genders(2, 1, 1)); // apps 1, 8 girls; 3 boy; 4 n.s.
    expect(d94.applications.total).toEqual(genders(1, 0, 0)); // app 9
    expect(idf.applications.total).toEqual(genders(4, 3, 2)); // 93 + 94: 8 + 1 = 9
    expect(paca.applications.total).toEqual(genders(2, 1, 0)); // apps 10 boy, 11 and 12 girls
    expect(idf.confirmed.total).toEqual(genders(3, 1, 1)); // 93's 4 + app 9
  });

  it('a ministry: applications to its offers; filters by sector and by network', async () => {
    const m1 = representative('ministry', f.ministries.m1);
    const ministry = (await applicationFigures(m1, { level: 'ministry', id: f.ministries.m1 }, query, t.db))!.figures;
    expect(ministry.applications.total).toEqual(genders(2, 1, 0)); // O1: apps 1, 12 girls, 6 boy
    expect(ministry.confirmed.total).toEqual(genders(1, 0, 0)); // app 1 (app 6 cancelled)
    const sectorB = { schoolYear: YEAR, filters: { ...NO_FILTERS, sectorId: SECTOR_B } };
    const b = (await applicationFigures(national, { level: 'national' }, sectorB, t.db))!.figures;
    expect(b.applications.total).toEqual(genders(2, 2, 1)); // apps 2, 3, 4, 7, 8
    const repPlus = { schoolYear: YEAR, filters: { ...NO_FILTERS, network: 'rep_plus' as const } };
    const rp = (await applicationFigures(national, { level: 'national' }, repPlus, t.db))!.figures;
    expect(rp.applications.total).toEqual(genders(3, 1, 2)); // S1 and S3: apps 1, 2, 9 girls; 3 boy; 4, 5 n.s.
  });
});

describe('pupils and seats per area', () => {
  it('a region: per department, totals equal to their sum', async () => {
    const areas = (await areaFigures(representative('region', IDF), { level: 'region', code: IDF }, query, t.db))!
      .figures;
    const rows = Object.fromEntries(areas.rows.map(({ code, level: _l, name: _n, ...row }) => [code, row]));
    expect(areas.rows).toHaveLength(8);
    // 93: S1 p1-p4 (p5 awaits confirmation) + S2 p6, p7 = 6; authorised all but p4 = 5; with an application
    // p1, p2, p3, p6, p7 = 5; placed p1, p2, p3, p7 = 4 (p6's was cancelled); completed p1.
    // Seats: O1 3 + O2 6 = 9, held 1 + 2 = 3.
    expect(rows['93']).toEqual({
      ...funnel(6, 5, 5, 4, 1),
      seats: { seatsOffered: 9, seatsFilled: 3, fillRate: 3 / 9 },
    });
    // 94: p8, p9 (no consent); p8 placed on O3. Seats: O3 2, both held.
    expect(rows['94']).toEqual({ ...funnel(2, 1, 1, 1, 0), seats: { seatsOffered: 2, seatsFilled: 2, fillRate: 1 } });
    expect(rows['75']).toEqual({
      ...funnel(0, 0, 0, 0, 0),
      seats: { seatsOffered: 0, seatsFilled: 0, fillRate: null },
    });
    // 6 + 2, 5 + 1, 5 + 1, 4 + 1, 1 + 0; seats 9 + 2, 3 + 2.
    expect(areas.total).toEqual({
      ...funnel(8, 6, 6, 5, 1),
      seats: { seatsOffered: 11, seatsFilled: 5, fillRate: 5 / 11 },
    });
  });

  it('a department: per school, totals equal to their sum and to its row in the region', async () => {
    const areas = (await areaFigures(national, { level: 'department', code: '93' }, query, t.db))!.figures;
    expect(areas.rows).toEqual([
      { level: 'school', code: f.schools.s1, name: 'Collège Anne Frank', ...funnel(4, 3, 3, 3, 1), seats: null },
      { level: 'school', code: f.schools.s2, name: 'Collège Berthe Morisot', ...funnel(2, 2, 2, 1, 0), seats: null },
    ]);
    // 4 + 2, 3 + 2, 3 + 2, 3 + 1, 1 + 0; the department's seats as above.
    expect(areas.total).toEqual({
      ...funnel(6, 5, 5, 4, 1),
      seats: { seatsOffered: 9, seatsFilled: 3, fillRate: 3 / 9 },
    });
  });

  it('the country per region, and a school per class (the 2031 class left out)', async () => {
    const areas = (await areaFigures(national, { level: 'national' }, query, t.db))!.figures;
    expect(areas.rows).toHaveLength(18);
    // PACA: p10, p11; p10 placed on O5. Seats: O4 2 + O5 3 = 5, held 1 + 1.
    expect(areas.rows.find((row) => row.code === PACA)).toMatchObject({
      ...funnel(2, 2, 2, 1, 0),
      seats: { seatsOffered: 5, seatsFilled: 2, fillRate: 0.4 },
    });
    // IDF 8 + PACA 2 pupils; seats 11 + 5 = 16, held 5 + 2 = 7.
    expect(areas.total).toEqual({
      ...funnel(10, 8, 8, 6, 1),
      seats: { seatsOffered: 16, seatsFilled: 7, fillRate: 7 / 16 },
    });
    const school = (await areaFigures(national, { level: 'school', id: f.schools.s1 }, query, t.db))!.figures;
    expect(school.rows).toEqual([
      expect.objectContaining({ level: 'class', code: f.classes.c1, ...funnel(4, 3, 3, 3, 1) }),
    ]);
    expect(school.total).toEqual({ ...funnel(4, 3, 3, 3, 1), seats: null });
  });
});

describe('supply against demand per week', () => {
  it('a department: seats offered and free against pupils still without a seat that week', async () => {
    const weeks = (await weekBalance(national, { level: 'department', code: '93' }, query, t.db))!.figures;
    const { firstWeek, lastWeek } = internshipWindow(YEAR);
    expect(weeks.map((row) => row.week)).toEqual(eachWeek(firstWeek, lastWeek));
    const busy = weeks.filter((row) => row.seatsOffered + row.pupils > 0);
    expect(busy).toEqual([
      // O1 1 + O2 4 = 5 seats; free: O1 1 - 1 = 0, O2 4 - 2 = 2. Pupils: C1 4 (p5 pending) + C2 2 = 6;
      // holding a seat that week: p1, p2, p3, p7 (at O4 in 13) → 2 without (p4, p6).
      { week: W1, seatsOffered: 5, seatsFree: 2, schools: 2, pupils: 6, pupilsWithoutPlacement: 2, balance: 0 },
      // Free: O1 1 (min(1 - 0, 3 - 1)), O2 4 (min(4 - 0, 6 - 2)). C1 only: 4, p3 holds O3 (accepted) → 3.
      { week: W2, seatsOffered: 5, seatsFree: 5, schools: 1, pupils: 4, pupilsWithoutPlacement: 3, balance: 2 },
      { week: W3, seatsOffered: 1, seatsFree: 1, schools: 0, pupils: 0, pupilsWithoutPlacement: 0, balance: 1 },
    ]);
  });

  it('a region adds its departments; null for a ministry or a school', async () => {
    const weeks = (await weekBalance(national, { level: 'region', code: IDF }, query, t.db))!.figures;
    // W2: + O3 (94) 2 seats, both held; + C3 (S3) p8, p9, p8 holding O3 → 4 + 1 without.
    expect(weeks.find((row) => row.week === W2)).toEqual({
      week: W2,
      seatsOffered: 7,
      seatsFree: 5,
      schools: 2,
      pupils: 6,
      pupilsWithoutPlacement: 4,
      balance: 1,
    });
    // @ts-expect-error a ministry's view has no territory
    expect(await weekBalance(national, { level: 'ministry', id: f.ministries.m1 }, query, t.db)).toBeNull();
  });
});
