import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { actors } from '@/lib/testing/actors';
import { openCampaign, updateTerritoryTarget } from './campaign-mutations';
import { findCampaignTargets, listCampaignSummaries } from './campaign-queries';

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = (await loadSessionUser(PEOPLE.admin.id, t.db))!;
  await openCampaign(admin, { schoolYear: 2027 }, { now: new Date('2026-12-06T10:00:00Z') }, t.db);
});
afterAll(() => t.close());

describe('the campaigns page', () => {
  it('lists every campaign, latest first, with its counts; nothing for anyone else', async () => {
    expect(await listCampaignSummaries(admin, t.db)).toEqual([
      expect.objectContaining({
        schoolYear: 2027,
        label: '2027-2028',
        territoryTargets: 89,
        ministryTargets: 11,
        readOnly: false,
      }),
      expect.objectContaining({
        schoolYear: 2026,
        label: '2026-2027',
        // The demo's campaign carries Annex 1 and 2 (createCampaign).
        territoryTargets: 89,
        ministryTargets: 11,
        readOnly: false,
      }),
      expect.objectContaining({
        schoolYear: 2019,
        startsOn: '2019-09-01',
        endsOn: '2020-05-31',
        territoryTargets: 89,
        ministryTargets: 11,
        readOnly: true,
      }),
    ]);
    expect(await listCampaignSummaries(actors.rep93, t.db)).toEqual([]);
    expect(await findCampaignTargets(actors.rep93, 2019, t.db)).toBeNull();
    expect(await findCampaignTargets(admin, 2030, t.db)).toBeNull();
  });

  it('gives one campaign’s targets by region then department, with names, and by ministry', async () => {
    const published = (await findCampaignTargets(admin, 2019, t.db))!;
    expect(published.campaign).toMatchObject({ label: '2019-2020', readOnly: true });
    expect(published.national).toEqual({ total: 30000, public: 15000, private: 15000 });
    const idf = published.regions.find((region) => region.code === '11')!;
    // The region keeps its printed 6833 (3416 + 3416); its departments add up to 6834.
    expect(idf).toMatchObject({
      name: 'Île-de-France',
      target: { total: 6833, public: 3416, private: 3416 },
      departmentsSum: { total: 6834 },
    });
    expect(idf.departments.find((d) => d.code === '93')).toMatchObject({ name: 'Seine-Saint-Denis' });
    // Departments by code within their region; regions and ministries by name (French order).
    expect(idf.departments.map((d) => d.code)).toEqual([...idf.departments.map((d) => d.code)].sort());
    const names = published.regions.map((region) => region.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(published.regions.every((region) => region.target !== null)).toBe(true);
    expect(published.ministries.find((m) => m.name === 'Justice')).toMatchObject({ public: 100 });
    expect(published.ministries).toHaveLength(11);
    expect(published.regions.reduce((n, region) => n + 1 + region.departments.length, 1)).toBe(89);

    await updateTerritoryTarget(
      admin,
      {
        campaignId: (await findCampaignTargets(admin, 2027, t.db))!.campaign.id,
        level: 'department',
        territoryCode: '93',
        total: 1300,
        public: 650,
        private: 650,
      },
      t.db,
    );
    const next = (await findCampaignTargets(admin, 2027, t.db))!;
    const nextIdf = next.regions.find((region) => region.code === '11')!;
    expect(nextIdf.departments.find((d) => d.code === '93')).toMatchObject({ total: 1300 });
    expect(nextIdf.target).toEqual(idf.target);
  });
});
