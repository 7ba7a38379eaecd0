import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import * as s from '@/db/schema';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { representative } from '@/lib/testing/department-calendar';
import { CRETEIL, IDF, PACA, seedSteering, SECTOR_A, W1, YEAR, type SteeringFixture } from '@/lib/testing/steering';
import { applicationFigures } from './pupil-indicator-queries';
import { groupFigures, offerFigures } from './indicator-queries';
import { REFRESH_LOCK, refreshSteeringFacts } from './facts-mutations';
import { NO_FILTERS, type SteeringQuery } from './rules';

/* Offers and seats against the targets, per ministry and PAQTE group, and who gets which view, on lib/testing/steering.ts. */

let t: TestDb;
let f: SteeringFixture;
beforeAll(async () => {
  t = await createTestDb();
  f = await seedSteering(t.db);
});
afterAll(() => t.close());

const query: SteeringQuery = { schoolYear: YEAR, filters: NO_FILTERS };
const national = representative('national', null);
const count = (offers: number, seatsOffered: number, seatsHeld: number) => ({ offers, seatsOffered, seatsHeld });
const ZERO = count(0, 0, 0);

describe('offers posted and seats offered against Annex 1', () => {
  it('nationally: each posted offer once, its seats capped by the year, against the printed national target', async () => {
    const figures = (await offerFigures(national, { level: 'national' }, query, t.db))!.figures;
    // Seats: O1 1 × 3 weeks = 3 (cap 3); O2 collective 4 × 2 weeks = 8, capped by seats_per_year 6 → 6;
    // O3 reserved by two schools, counted once: 2 × 1 = 2; O4 1 × 2 = 2; O5 3 × 1 = 3. Not the draft,
    // unpublished, archived, suspended organisation's offers, nor O0 (2031).
    // Held: O1 1 (app 1) + O2 2 (apps 3, 4) + O3 2 (apps 5 accepted, 9) + O4 1 + O5 1 = 7.
    expect(figures.offers).toEqual({
      total: count(5, 16, 7), // 3 + 6 + 2 + 2 + 3 = 16
      public: count(2, 6, 2), // O1 3 + O5 3; held 1 + 1
      private: count(3, 10, 5), // O2 6 + O3 2 + O4 (association) 2; held 2 + 2 + 1
    });
    expect(figures.target).toEqual({ total: 100, public: 50, private: 50 });
    expect(figures.gaps).toEqual({
      total: { actual: 16, target: 100, gap: -84, gapPercent: -84 }, // 16 - 100
      public: { actual: 6, target: 50, gap: -44, gapPercent: -88 }, // -44 / 50
      private: { actual: 10, target: 50, gap: -40, gapPercent: -80 },
    });
    // Regions' printed targets 61 + 40 = 101 (30 + 20 public, 31 + 20 private), beside the national 100.
    expect(figures.childrenTargetSum).toEqual({ total: 101, public: 50, private: 51 });
    const regions = Object.fromEntries(figures.children.map((child) => [child.code, child]));
    expect(figures.children).toHaveLength(18);
    expect(regions[IDF]!.offers.total).toEqual(count(3, 11, 5)); // O1 3 + O2 6 + O3 2; held 1 + 2 + 2
    expect(regions[PACA]!.offers.total).toEqual(count(2, 5, 2)); // O4 2 + O5 3; held 1 + 1
    expect(regions['84']!).toMatchObject({ offers: { total: ZERO }, target: null, gaps: null });
  });

  it('a region: its printed target and its departments’, and totals equal to the sum of its departments', async () => {
    const figures = (await offerFigures(representative('region', IDF), { level: 'region', code: IDF }, query, t.db))!
      .figures;
    expect(figures.offers).toEqual({ total: count(3, 11, 5), public: count(1, 3, 1), private: count(2, 8, 4) });
    expect(figures.target).toEqual({ total: 61, public: 30, private: 31 }); // as printed, never recomputed
    expect(figures.childrenTargetSum).toEqual({ total: 60, public: 30, private: 30 }); // 30 + 20 + 10; 15 + 10 + 5
    expect(figures.gaps).toEqual({
      total: { actual: 11, target: 61, gap: -50, gapPercent: -82 }, // -50 / 61 = -81.97 %
      public: { actual: 3, target: 30, gap: -27, gapPercent: -90 },
      private: { actual: 8, target: 31, gap: -23, gapPercent: -74.2 }, // -23 / 31 = -74.19 %
    });
    const departments = Object.fromEntries(figures.children.map((child) => [child.code, child]));
    expect(Object.keys(departments).sort()).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(departments['93']).toMatchObject({
      offers: { total: count(2, 9, 3), public: count(1, 3, 1), private: count(1, 6, 2) }, // O1, O2
      target: { total: 30, public: 15, private: 15 },
      gaps: { total: { gap: -21, gapPercent: -70 } }, // 9 - 30
    });
    expect(departments['94']).toMatchObject({ offers: { total: count(1, 2, 2) }, target: { total: 20 } }); // O3
    expect(departments['75']).toMatchObject({
      offers: { total: ZERO },
      gaps: { total: { gap: -10, gapPercent: -100 } },
    });
    const sum = figures.children.reduce((acc, child) => acc + child.offers.total.seatsOffered, 0);
    expect(sum).toBe(figures.offers.total.seatsOffered); // 9 + 2 + 0 = 11
  });

  it('a department, an académie (no target of its own), and the public/private filter', async () => {
    const dept = (await offerFigures(
      representative('department', '93'),
      { level: 'department', code: '93' },
      query,
      t.db,
    ))!;
    expect(dept.figures).toMatchObject({ offers: { total: count(2, 9, 3) }, target: { total: 30 }, children: [] });
    const academy = (await offerFigures(national, { level: 'academy', code: CRETEIL }, query, t.db))!.figures;
    // Créteil: 77, 93 and 94; targets 93 30 + 94 20 (77 has none here).
    expect(academy).toMatchObject({ offers: { total: count(3, 11, 5) }, target: null, gaps: null });
    expect(academy.childrenTargetSum).toEqual({ total: 50, public: 25, private: 25 });
    const publicOnly = { schoolYear: YEAR, filters: { ...NO_FILTERS, kind: 'public' as const } };
    const filtered = (await offerFigures(national, { level: 'national' }, publicOnly, t.db))!.figures;
    expect(filtered.offers).toEqual({ total: count(2, 6, 2), public: count(2, 6, 2), private: ZERO }); // O1, O5
    const sectorA = { schoolYear: YEAR, filters: { ...NO_FILTERS, sectorId: SECTOR_A } };
    // O1 3 + O3 2 + O5 3 = 8
    expect((await offerFigures(national, { level: 'national' }, sectorA, t.db))!.figures.offers.total).toEqual(
      count(3, 8, 4),
    );
  });

  it('a ministry: its public offers against its Annex 2 target', async () => {
    const view = { level: 'ministry' as const, id: f.ministries.m1 };
    const figures = (await offerFigures(representative('ministry', f.ministries.m1), view, query, t.db))!.figures;
    // O1 only (O0 is of 2031): 3 seats against 8 → -5, -5 / 8 = -62.5 %.
    expect(figures.offers).toEqual({ total: count(1, 3, 1), public: count(1, 3, 1), private: ZERO });
    expect(figures.ministryTarget).toEqual({ actual: 3, target: 8, gap: -5, gapPercent: -62.5 });
    expect(figures.target).toBeNull();
  });
});

describe('per ministry and per PAQTE group', () => {
  it('offers, seats and placements (confirmed, never cancelled)', async () => {
    const figures = (await groupFigures(national, { level: 'national' }, query, t.db))!.figures;
    expect(figures).toEqual({
      ministries: [
        // O1: 3 seats; placements: app 1 (app 6 was cancelled after confirmation; O0 is of 2031).
        { id: f.ministries.m1, name: 'Ministère de l’essai', offers: 1, seatsOffered: 3, placements: 1, target: 8 },
        { id: f.ministries.m2, name: 'Ministère du contrôle', offers: 1, seatsOffered: 3, placements: 1, target: null },
      ],
      // O2: 6 seats; apps 3 and 4 confirmed (app 7 rejected, app 2 submitted).
      paqteGroups: [{ id: f.paqteGroup, name: 'Groupe du pacte', offers: 1, seatsOffered: 6, placements: 2 }],
    });
    const paca = (await groupFigures(national, { level: 'region', code: PACA }, query, t.db))!.figures;
    expect(paca).toMatchObject({ ministries: [{ id: f.ministries.m2, placements: 1 }], paqteGroups: [] });
  });
});

describe('scope: a view outside the actor’s is null', () => {
  const dept = (code: string) => ({ level: 'department' as const, code });
  it('a department representative gets their department and its schools only', async () => {
    const rep93 = representative('department', '93');
    expect(await offerFigures(rep93, dept('93'), query, t.db)).not.toBeNull();
    expect(await offerFigures(rep93, dept('94'), query, t.db)).toBeNull();
    expect(await offerFigures(rep93, { level: 'region', code: IDF }, query, t.db)).toBeNull();
    expect(await offerFigures(rep93, { level: 'national' }, query, t.db)).toBeNull();
    expect(await applicationFigures(rep93, { level: 'school', id: f.schools.s1 }, query, t.db)).not.toBeNull();
    expect(await applicationFigures(rep93, { level: 'school', id: f.schools.s3 }, query, t.db)).toBeNull(); // in 94
  });

  it('a region representative gets its departments, not another region’s', async () => {
    const rep11 = representative('region', IDF);
    expect(await offerFigures(rep11, dept('93'), query, t.db)).not.toBeNull();
    expect(await offerFigures(rep11, dept('94'), query, t.db)).not.toBeNull();
    expect(await offerFigures(rep11, dept('13'), query, t.db)).toBeNull();
    expect(await offerFigures(rep11, { level: 'region', code: PACA }, query, t.db)).toBeNull();
    expect(await applicationFigures(rep11, { level: 'school', id: f.schools.s4 }, query, t.db)).toBeNull();
  });

  it('a ministry representative gets their ministry only', async () => {
    const repM1 = representative('ministry', f.ministries.m1);
    expect(await offerFigures(repM1, { level: 'ministry', id: f.ministries.m1 }, query, t.db)).not.toBeNull();
    expect(await offerFigures(repM1, { level: 'ministry', id: f.ministries.m2 }, query, t.db)).toBeNull();
    expect(await offerFigures(repM1, { level: 'national' }, query, t.db)).toBeNull();
    expect(await groupFigures(repM1, dept('93'), query, t.db)).toBeNull();
  });

  it('unvalidated representatives, unknown codes and views without offers: null', async () => {
    expect(await offerFigures(representative('national', null, false), { level: 'national' }, query, t.db)).toBeNull();
    expect(await offerFigures(national, dept('ZZ'), query, t.db)).toBeNull();
    expect(await offerFigures(national, { level: 'ministry', id: 'pas-un-uuid' }, query, t.db)).toBeNull();
    // @ts-expect-error a school has no offers of its own: the type refuses it, and so does the function
    expect(await offerFigures(national, { level: 'school', id: f.schools.s1 }, query, t.db)).toBeNull();
  });
});

describe('figures at most a minute old', () => {
  it('read from the facts of one time; a rebuild shows new data; facts over a minute old are rebuilt first; the policy still checked', async () => {
    const view = dept93();
    const first = (await offerFigures(national, view, query, t.db))!;
    // Another offer in 93 (2 seats): not seen until the facts are rebuilt.
    const organisationId = (await t.db.select({ id: s.hostOrganisations.id }).from(s.hostOrganisations).limit(1))[0]!
      .id;
    const id = randomUUID();
    await t.db.insert(s.offers).values({
      id,
      organisationId,
      sectorId: SECTOR_A,
      schoolYear: YEAR,
      title: 'Offre tardive',
      departmentCode: '93',
      lat: 48.9,
      lng: 2.4,
      dailyStart: '09:00',
      dailyEnd: '16:00',
      status: 'published',
      seatsPerWeek: 2,
      seatsPerYear: 2,
    });
    await t.db.insert(s.offerWeeks).values({ offerId: id, week: W1 });
    const again = (await offerFigures(national, view, query, t.db))!;
    expect(again.asOf).toEqual(first.asOf);
    expect(again.figures.offers.total.seatsOffered).toBe(9);
    expect(await offerFigures(representative('department', '94'), view, query, t.db)).toBeNull();

    // The job's rebuild (every 45 s): the new offer counted, under the rebuild's time.
    const rebuilt = (await refreshSteeringFacts({}, t.db))!;
    expect(rebuilt.getTime()).toBeGreaterThan(first.asOf.getTime());
    const fresh = (await offerFigures(national, view, query, t.db))!;
    expect(fresh.asOf).toEqual(rebuilt);
    expect(fresh.figures.offers.total.seatsOffered).toBe(11); // 9 + 2
    // Younger than asked: the rebuild is skipped, its time returned.
    expect(await refreshSteeringFacts({ unlessYoungerThanMs: 60_000 }, t.db)).toEqual(rebuilt);

    // No job ran for over a minute: the facts are rebuilt before answering.
    await t.db.update(s.offers).set({ seatsPerWeek: 3, seatsPerYear: 3 }).where(eq(s.offers.id, id));
    await t.db.update(s.steeringRefreshes).set({ refreshedAt: new Date(Date.now() - 61_000) });
    const late = (await offerFigures(national, view, query, t.db))!;
    expect(late.asOf.getTime()).toBeGreaterThan(Date.now() - 5_000);
    expect(late.figures.offers.total.seatsOffered).toBe(12); // 9 + 3
    await t.db.delete(s.offerWeeks).where(eq(s.offerWeeks.offerId, id));
    await t.db.delete(s.offers).where(eq(s.offers.id, id));
    await refreshSteeringFacts({}, t.db);
  });

  it.runIf(onPostgres)(
    'an instance finding another rebuilding skips; a reader waits, then takes its facts',
    async () => {
      const current = (await refreshSteeringFacts({}, t.db))!;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const holding = new Promise<void>((resolve) => (locked = resolve));
      // Another instance's rebuild, holding the lock on its own connection.
      const other = t.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
        locked();
        await released;
      });
      await holding;
      expect(await refreshSteeringFacts({ wait: false }, t.db)).toBeNull();
      const reader = refreshSteeringFacts({ unlessYoungerThanMs: 60_000 }, t.db);
      release();
      await other;
      expect(await reader).toEqual(current);
    },
  );

  it('concurrent readers of stale facts share one rebuild', async () => {
    await t.db.update(s.steeringRefreshes).set({ refreshedAt: new Date(Date.now() - 61_000) });
    const [a, b] = await Promise.all([
      offerFigures(national, dept93(), query, t.db),
      applicationFigures(national, dept93(), query, t.db),
    ]);
    expect(a!.asOf).toEqual(b!.asOf);
    const [refresh] = await t.db.select().from(s.steeringRefreshes);
    expect(refresh!.refreshedAt).toEqual(a!.asOf);
  });
});

function dept93() {
  return { level: 'department' as const, code: '93' };
}
