import etalabDepartments from '@etalab/decoupage-administratif/data/departements.json';
import etalabRegions from '@etalab/decoupage-administratif/data/regions.json';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../migrate';
import { campaigns, ministryTargets, territoryTargets } from '../schema/campaigns';
import { academies, departments, holidayPeriods, regions } from '../schema/geo';
import { ministries } from '../schema/organisations';
import { sectors } from '../schema/sectors';
import { createTestDb, type TestDb } from '../testing';
import { ANNEX2_PUBLISHED_TOTAL_2019, CAMPAIGN_2019_ID } from './data/targets';
import { seedReferenceData } from './reference';

// createTestDb() runs the migrations, which already call seedReferenceData once.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('campaign 2019-2020', () => {
  it('covers 1 September 2019 to 31 May 2020', async () => {
    const rows = await t.db.select().from(campaigns).where(eq(campaigns.id, CAMPAIGN_2019_ID));
    expect(rows).toEqual([
      { id: CAMPAIGN_2019_ID, schoolYear: 2019, label: '2019-2020', startsOn: '2019-09-01', endsOn: '2020-05-31' },
    ]);
  });
});

describe('Annex 1 targets read back as published', () => {
  it('keeps the national line: 30000 = 15000 public + 15000 private', async () => {
    const [national] = await t.db.select().from(territoryTargets).where(eq(territoryTargets.level, 'national'));
    expect(national).toMatchObject({
      territoryCode: null,
      publishedName: 'France',
      total: 30000,
      public: 15000,
      private: 15000,
    });
  });

  it('keeps the national line although the regions sum to 29998', async () => {
    // Sum of the 18 published regional totals: 29998, i.e. 2 short of the printed 30000.
    expect(await sumTargets('region')).toBe(29998);
    expect(await countTargets('region')).toBe(18);
  });

  it('stores Auvergne-Rhône-Alpes (region 84) at 2782', async () => {
    expect(await target('region', '84')).toMatchObject({
      publishedName: 'Auvergne-Rhône-Alpes',
      total: 2782,
      public: 1391,
      private: 1391,
    });
  });

  it('stores Seine-Saint-Denis (93) at 3372', async () => {
    expect(await target('department', '93')).toMatchObject({
      publishedName: 'SEINE-SAINT-DENIS',
      total: 3372,
      public: 1686,
      private: 1686,
    });
  });

  it('keeps Île-de-France at 6833 while its départements sum to 6834', async () => {
    expect((await target('region', '11'))?.total).toBe(6833);
    // 91 Essonne 718 + 92 Hauts-de-Seine 250 + 75 Paris 332 + 77 Seine-et-Marne 412
    // + 93 Seine-Saint-Denis 3372 + 95 Val-d'Oise 862 + 94 Val-de-Marne 294 + 78 Yvelines 594 = 6834
    const result = await t.db.execute(sql`
      select sum(tt.total)::int as total, count(*)::int as n
      from ${territoryTargets} tt join ${departments} d on d.code = tt.territory_code
      where tt.level = 'department' and d.region_code = '11' and tt.campaign_id = ${CAMPAIGN_2019_ID}`);
    expect(rowsOf<{ total: number; n: number }>(result)[0]).toEqual({ total: 6834, n: 8 });
  });

  it('keeps the printed names, typos included, mapped to INSEE codes', async () => {
    expect((await target('department', '976'))?.publishedName).toBe('MAYOTIE');
    expect((await target('department', '37'))?.publishedName).toBe('INDRE-ET LOIRE');
    expect((await target('region', '93'))?.publishedName).toBe('PACA');
    expect((await target('region', '75'))?.publishedName).toBe('Nouvelle Aquitaine');
  });

  it('has one line per published département, each a real département', async () => {
    // The CSV has 89 lines: 1 national + 18 regions + 70 départements.
    expect(await countTargets('department')).toBe(70);
    const orphans = await t.db.execute(sql`
      select tt.territory_code from ${territoryTargets} tt left join ${departments} d on d.code = tt.territory_code
      where tt.level = 'department' and d.code is null`);
    expect(rowsOf(orphans)).toEqual([]);
  });
});

describe('Annex 2 targets', () => {
  it('stores 11 ministries whose targets sum to the published 1500', async () => {
    // 100 + 100 + 150 + 250 + 100 + 130 + 100 + 230 + 100 + 30 + 210 = 1500
    const rows = await t.db
      .select({ name: ministries.name, public: ministryTargets.public })
      .from(ministryTargets)
      .innerJoin(ministries, eq(ministries.id, ministryTargets.ministryId))
      .where(eq(ministryTargets.campaignId, CAMPAIGN_2019_ID));
    expect(rows).toHaveLength(11);
    expect(rows.reduce((sum, row) => sum + row.public, 0)).toBe(1500);
    expect(ANNEX2_PUBLISHED_TOTAL_2019).toBe(1500);
    expect(rows.map((row) => row.name)).not.toContain('Total');
    expect(rows.find((row) => row.name === 'Armées')?.public).toBe(250);
  });
});

describe('territories', () => {
  it('has 18 regions, 30 académies and 101 départements with overseas and Corsica', async () => {
    expect(await count(regions)).toBe(18);
    expect(await count(academies)).toBe(30);
    const codes = (await t.db.select({ code: departments.code }).from(departments)).map((row) => row.code);
    expect(codes).toHaveLength(101);
    expect(codes).toEqual(expect.arrayContaining(['971', '972', '973', '974', '976', '2A', '2B', '01', '95']));
    expect(codes).not.toContain('20');
  });

  it('puts every département in the region of its académie', async () => {
    const mismatches = await t.db
      .select({ code: departments.code })
      .from(departments)
      .innerJoin(academies, eq(academies.code, departments.academyCode))
      .where(sql`${academies.regionCode} <> ${departments.regionCode}`);
    expect(mismatches).toEqual([]);
  });

  it('matches the official INSEE codes and names (@etalab/decoupage-administratif)', async () => {
    const official = etalabDepartments
      .filter((d) => d.zone !== 'com')
      .map((d) => ({ code: d.code, name: d.nom, regionCode: d.region }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const ours = await t.db
      .select({ code: departments.code, name: departments.name, regionCode: departments.regionCode })
      .from(departments)
      .orderBy(asc(departments.code));
    expect(ours.sort((a, b) => a.code.localeCompare(b.code))).toEqual(official);

    const officialRegions = etalabRegions
      .filter((r) => r.code.length === 2)
      .map((r) => ({ code: r.code, name: r.nom }));
    const ourRegions = await t.db.select().from(regions);
    expect(ourRegions.sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      officialRegions.sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('links the académies that vet staff e-mails', async () => {
    const [creteil] = await t.db
      .select()
      .from(academies)
      .innerJoin(departments, eq(departments.academyCode, academies.code))
      .where(eq(departments.code, '93'));
    expect(creteil?.academies).toMatchObject({
      name: 'Créteil',
      holidayZone: 'C',
      emailDomain: 'ac-creteil.fr',
      regionCode: '11',
    });
    const [mayotte] = await t.db.select().from(academies).where(eq(academies.code, '43'));
    expect(mayotte).toMatchObject({ holidayZone: 'mayotte', regionCode: '06' });
  });
});

describe('sectors', () => {
  it('keeps the partner API UUIDs exactly', async () => {
    const rows = await t.db.select().from(sectors);
    // 48 CSV lines: 47 keep their UUID, "Métiers d'art" (invalid published id) gets a minted one.
    expect(rows).toHaveLength(48);
    expect(rows.find((row) => row.id === 'b7564ac4-e184-41c4-a7a9-57233a9d244a')?.name).toBe('Mode');
    expect(rows.find((row) => row.id === '156f75da-37ee-41f8-ade4-94ea23acf715')).toEqual({
      id: '156f75da-37ee-41f8-ade4-94ea23acf715',
      name: 'Services postaux',
      onisepUrl: null,
    });
  });
});

describe('holiday calendars', () => {
  it('runs each metropolitan and Corsican period from a Saturday to a Sunday', async () => {
    const rows = await t.db.select().from(holidayPeriods);
    const mainland = rows.filter((row) => ['A', 'B', 'C', 'corse'].includes(row.zone));
    expect(mainland.length).toBeGreaterThan(0);
    for (const row of mainland) {
      expect(new Date(`${row.startsOn}T00:00:00Z`).getUTCDay()).toBe(6);
      expect(new Date(`${row.endsOn}T00:00:00Z`).getUTCDay()).toBe(0);
    }
    const winterB = rows.find((row) => row.zone === 'B' && row.schoolYear === 2019 && row.name === "Vacances d'hiver");
    expect(winterB).toMatchObject({ startsOn: '2020-02-15', endsOn: '2020-03-01' });
  });

  it('keeps whole calendars: each zone and year seeded has its Toussaint and its Christmas break', async () => {
    const rows = await t.db.select().from(holidayPeriods);
    const count = (zone: string, schoolYear: number) =>
      rows.filter((row) => row.zone === zone && row.schoolYear === schoolYear).length;
    // 3 zones x 4 periods (Toussaint, Noël, hiver, printemps) in 2019, 2025 and 2026.
    for (const schoolYear of [2019, 2025, 2026])
      for (const zone of ['A', 'B', 'C']) expect(count(zone, schoolYear)).toBe(4);
    expect(count('corse', 2025)).toBe(4);
    expect(count('martinique', 2025)).toBe(4);
    expect(count('reunion', 2025)).toBe(4);
    for (const row of rows) {
      expect(row.endsOn >= row.startsOn).toBe(true);
      // Within the school year it is filed under: September to May.
      expect(row.startsOn >= `${row.schoolYear}-09-01` && row.endsOn <= `${row.schoolYear + 1}-05-31`).toBe(true);
    }
  });
});

describe('seedReferenceData', () => {
  it('is idempotent: a second and third run change no row count', async () => {
    const before = await rowCounts();
    await seedReferenceData(t.db);
    await seedReferenceData(t.db);
    expect(await rowCounts()).toEqual(before);
  });

  it('never overwrites an admin edit', async () => {
    const mode = 'b7564ac4-e184-41c4-a7a9-57233a9d244a';
    await t.db.update(sectors).set({ name: 'Mode et textile' }).where(eq(sectors.id, mode));
    await t.db
      .update(territoryTargets)
      .set({ total: 3400 })
      .where(and(eq(territoryTargets.level, 'department'), eq(territoryTargets.territoryCode, '93')));
    await seedReferenceData(t.db);
    expect((await t.db.select().from(sectors).where(eq(sectors.id, mode)))[0]?.name).toBe('Mode et textile');
    expect((await target('department', '93'))?.total).toBe(3400);
    // Put the published figures back for any later test in this file.
    await t.db.update(sectors).set({ name: 'Mode' }).where(eq(sectors.id, mode));
    await t.db
      .update(territoryTargets)
      .set({ total: 3372 })
      .where(and(eq(territoryTargets.level, 'department'), eq(territoryTargets.territoryCode, '93')));
  });
});

async function target(level: 'region' | 'department', code: string) {
  const [row] = await t.db
    .select()
    .from(territoryTargets)
    .where(
      and(
        eq(territoryTargets.campaignId, CAMPAIGN_2019_ID),
        eq(territoryTargets.level, level),
        eq(territoryTargets.territoryCode, code),
      ),
    );
  return row;
}

async function sumTargets(level: 'region' | 'department'): Promise<number> {
  const [row] = await t.db
    .select({ total: sql<number>`sum(${territoryTargets.total})::int` })
    .from(territoryTargets)
    .where(and(eq(territoryTargets.campaignId, CAMPAIGN_2019_ID), eq(territoryTargets.level, level)));
  return row!.total;
}

async function countTargets(level: 'region' | 'department'): Promise<number> {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(territoryTargets)
    .where(and(eq(territoryTargets.campaignId, CAMPAIGN_2019_ID), eq(territoryTargets.level, level)));
  return row!.n;
}

type CountedTable =
  | typeof regions
  | typeof academies
  | typeof departments
  | typeof sectors
  | typeof ministries
  | typeof campaigns
  | typeof territoryTargets
  | typeof ministryTargets
  | typeof holidayPeriods;

async function count(table: CountedTable): Promise<number> {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row!.n;
}

async function rowCounts(): Promise<number[]> {
  const tables = [
    regions,
    academies,
    departments,
    sectors,
    ministries,
    campaigns,
    territoryTargets,
    ministryTargets,
    holidayPeriods,
  ];
  return Promise.all(tables.map((table) => count(table)));
}
