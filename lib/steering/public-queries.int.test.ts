import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { IDF, PACA, seedSteering, YEAR } from '@/lib/testing/steering';
import { publicStatistics } from './public-queries';
import { applicationFigures, areaFigures } from './pupil-indicator-queries';
import { PUBLIC_STATISTICS } from './queries';
import { NO_FILTERS } from './rules';
import { FEWER_THAN_10, type PublicCount } from './small-groups';

/* The public statistics on lib/testing/steering.ts: every pupil count there is below 10. */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedSteering(t.db);
});
afterAll(() => t.close());

const shown = (value: unknown): PublicCount[] =>
  value && typeof value === 'object'
    ? Object.values(value).flatMap(shown)
    : typeof value === 'number' || value === FEWER_THAN_10 || value === 'non diffusé'
      ? [value as PublicCount]
      : [];

describe('publicStatistics', () => {
  it('publishes the offers as they are, against the national and regional targets', async () => {
    const stats = await publicStatistics(YEAR, t.db);
    // O1 3 + O5 3 public; O2 6 + O3 2 + O4 2 private: 16 seats of 5 offers; target 100 (50/50).
    expect(stats.offers.offers.total).toMatchObject({ offers: 5, seatsOffered: 16 });
    expect(stats.offers.offers.public.seatsOffered).toBe(6);
    expect(stats.offers.offers.private.seatsOffered).toBe(10);
    expect(stats.offers.target).toEqual({ total: 100, public: 50, private: 50 });
    expect(stats.offers.gaps?.total).toMatchObject({ gap: -84, gapPercent: -84 });
    const region = (code: string) => stats.regions.find((row) => row.code === code)!;
    // Île-de-France: O1 (public 3), O2 6 and O3 2 (private); PACA: O5 (public 3), O4 2 (private).
    expect(region(IDF)).toMatchObject({ offers: 3, seatsOffered: 11, seatsPublic: 3, seatsPrivate: 8 });
    expect(region(IDF).target?.total).toBe(61);
    expect(region(PACA)).toMatchObject({ offers: 2, seatsOffered: 5, seatsPublic: 3, seatsPrivate: 2 });
  });

  it('shows no count of pupils below 10: 12 applications, 6 confirmed, 1 completed, 10 pupils', async () => {
    const stats = await publicStatistics(YEAR, t.db);
    const pupilCounts = shown([
      stats.applications,
      stats.confirmed,
      stats.completed,
      stats.pupils,
      stats.regions.map((r) => r.pupils),
    ]);
    expect(pupilCounts.length).toBeGreaterThan(0);
    for (const count of pupilCounts) if (typeof count === 'number') expect(count).toBeGreaterThanOrEqual(10);
    // 12 applications of 2032 (6 girls, 4 boys, 2 not stated): two sectors of 5 and 7, merged, all hidden but the total.
    expect(stats.applications.total).toEqual({
      girl: FEWER_THAN_10,
      boy: FEWER_THAN_10,
      notStated: FEWER_THAN_10,
      total: 12,
    });
    expect(stats.applications.bySector).toEqual([
      {
        sectorName: 'Autres secteurs',
        girl: FEWER_THAN_10,
        boy: FEWER_THAN_10,
        notStated: FEWER_THAN_10,
        total: 12, // the only line: its total is the national one
      },
    ]);
    expect(stats.confirmed.total.total).toBe(FEWER_THAN_10); // 6
    expect(stats.completed.total.total).toBe(FEWER_THAN_10); // 1
    // Registered pupils: 10 counted of 2032 (p5 awaits confirmation): the total shows, each region hides.
    expect(stats.pupils.pupils).toBe(10);
    expect(stats.regions.find((r) => r.code === IDF)!.pupils.pupils).not.toBe(7);
  });

  it('reads the national view only, as the public reader', async () => {
    const query = { schoolYear: YEAR, filters: NO_FILTERS };
    expect(await applicationFigures(PUBLIC_STATISTICS, { level: 'region', code: IDF }, query, t.db)).toBeNull();
    expect(await areaFigures(PUBLIC_STATISTICS, { level: 'department', code: '93' }, query, t.db)).toBeNull();
    expect(await applicationFigures(PUBLIC_STATISTICS, { level: 'national' }, query, t.db)).not.toBeNull();
  });
});
