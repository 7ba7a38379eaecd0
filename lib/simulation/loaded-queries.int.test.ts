import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/types';
import { openDashboard } from '@/lib/steering/dashboard-queries';
import { refreshSteeringFacts } from '@/lib/steering/facts-mutations';
import { publicStatistics } from '@/lib/steering/public-queries';
import { clearSteeringCache } from '@/lib/steering/queries';
import { NO_FILTERS, type SteeringQuery, type SteeringView } from '@/lib/steering/rules';
import { actors } from '@/lib/testing/actors';
import { representative } from '@/lib/testing/department-calendar';
import { simulationFile, simulationResult } from '@/lib/testing/simulation';
import { CRETEIL, IDF, PACA, seedSteering, YEAR, type SteeringFixture } from '@/lib/testing/steering';
import { deleteSimulation, loadSimulation } from './loaded-mutations';
import { simulatedFigures } from './loaded-queries';

/*
 * A dashboard's slice of the shown simulation, on the steering fixture (lib/testing/steering.ts) and
 * the small result of lib/testing/simulation.ts; and the live figures, the same before and after.
 */

let t: TestDb;
let f: SteeringFixture;
let admin: SessionUser;
const result = simulationResult();
const national = representative('national', null);
const rep93 = representative('department', '93');
const repIdf = representative('region', IDF);
const query: SteeringQuery = { schoolYear: YEAR, filters: NO_FILTERS };
const VIEWS: SteeringView[] = [
  { level: 'national' },
  { level: 'region', code: IDF },
  { level: 'academy', code: CRETEIL },
  { level: 'department', code: '93' },
  { level: 'department', code: '13' },
];

beforeAll(async () => {
  t = await createTestDb();
  f = await seedSteering(t.db);
  admin = { ...actors.admin, id: randomUUID() };
  await t.db.insert(users).values({ ...admin, email: 'admin@exemple.fr', role: 'admin' });
});
afterAll(() => t.close());

/** Every figure of the dashboards and of the public statistics, without the time they were read. */
async function liveFigures() {
  await refreshSteeringFacts({}, t.db);
  clearSteeringCache(t.db);
  const school: SteeringView = { level: 'school', id: f.schools.s1 };
  const dashboards = await Promise.all(
    [...VIEWS, school].map(async (view) => {
      const { asOf, ...figures } = (await openDashboard(national, view, query, t.db))!;
      expect(asOf).toBeInstanceOf(Date);
      return figures;
    }),
  );
  const { asOf, ...statistics } = (await publicStatistics(YEAR, t.db))!;
  expect(asOf).toBeInstanceOf(Date);
  return { dashboards, statistics };
}

describe('a dashboard’s simulated campaign', () => {
  let before: Awaited<ReturnType<typeof liveFigures>>;

  it('is nowhere before one is loaded', async () => {
    before = await liveFigures();
    for (const view of VIEWS) expect(await simulatedFigures(national, view, t.db)).toBeNull();
  });

  it('leaves every live figure as it was: the dashboards’ and the public statistics’', async () => {
    expect(await loadSimulation(admin, { label: 'Démonstration', content: simulationFile() }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await liveFigures()).toEqual(before);
  });

  it('nationally: France’s figures of both scenarios, for the national team and a national representative', async () => {
    for (const actor of [admin, national]) {
      const figures = (await simulatedFigures(actor, { level: 'national' }, t.db))!;
      expect(figures).toMatchObject({
        simulation: { label: 'Démonstration', seed: 42, scale: 0.1, schoolYear: 2026 },
        view: { level: 'national', name: 'France entière' },
        summed: false,
        slice: { a: result.scenarios.a.national, b: result.scenarios.b.national },
      });
    }
  });

  it('a department: its own figures, median distance included, for its representative', async () => {
    const figures = (await simulatedFigures(rep93, { level: 'department', code: '93' }, t.db))!;
    expect(figures.summed).toBe(false);
    expect(figures.slice).toEqual({ a: result.scenarios.a.departments['93'], b: result.scenarios.b.departments['93'] });
  });

  it('a region or an académie: the sum of its departments in the file, without a median', async () => {
    const region = (await simulatedFigures(repIdf, { level: 'region', code: IDF }, t.db))!;
    expect(region.summed).toBe(true);
    expect(region.slice!.b).toEqual({
      seatsOffered: 4_000, // 75 2 000 + 93 1 200 + 94 800
      seatsFilled: 2_300, // 1 100 + 700 + 500
      pupils: 3_000, // 600 + 1 500 + 900
      pupilsPlaced: 1_700, // 580 + 650 + 470
      pupilsWithoutPlacementWithin60Km: 910, // 10 + 600 + 300
      medianDistanceKm: null,
    });
    // Créteil: 77, 93 and 94, of which the file has 93 and 94.
    const academy = (await simulatedFigures(national, { level: 'academy', code: CRETEIL }, t.db))!;
    expect(academy.slice!.a).toMatchObject({ seatsOffered: 2_000, seatsFilled: 700, medianDistanceKm: null });
    const paca = (await simulatedFigures(national, { level: 'region', code: PACA }, t.db))!;
    expect(paca.slice!.a.seatsOffered).toBe(1_000); // 13 alone of the file's departments
  });

  it('only within the actor’s dashboards, never a school’s nor a ministry’s', async () => {
    for (const view of [
      { level: 'department', code: '13' },
      { level: 'region', code: IDF },
      { level: 'national' },
    ] as const)
      expect(await simulatedFigures(rep93, view, t.db)).toBeNull();
    expect(await simulatedFigures(repIdf, { level: 'department', code: '13' }, t.db)).toBeNull();
    // The national team checks the national figures only, as on the rest of the dashboards.
    expect(await simulatedFigures(admin, { level: 'department', code: '93' }, t.db)).toBeNull();
    expect(await simulatedFigures(national, { level: 'school', id: f.schools.s1 }, t.db)).toBeNull();
    expect(await simulatedFigures(national, { level: 'ministry', id: f.ministries.m1 }, t.db)).toBeNull();
    for (const actor of [actors.headA, actors.hostO, representative('region', IDF, false)])
      expect(await simulatedFigures(actor, { level: 'national' }, t.db)).toBeNull();
  });

  it('a territory the file has no figure for: the section says so (no slice)', async () => {
    const figures = (await simulatedFigures(national, { level: 'department', code: '971' }, t.db))!;
    expect(figures.slice).toBeNull();
  });

  it('is gone once deleted, the live figures still the same', async () => {
    const shown = (await simulatedFigures(national, { level: 'national' }, t.db))!;
    expect(await deleteSimulation(admin, shown.simulation.id, t.db)).toMatchObject({ ok: true });
    expect(await simulatedFigures(national, { level: 'national' }, t.db)).toBeNull();
    expect(await liveFigures()).toEqual(before);
  });
});
