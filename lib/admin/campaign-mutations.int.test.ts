import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { CAMPAIGN_2019_ID, MINISTRIES } from '@/db/seed/data/targets';
import { auditLog, campaigns, ministryTargets, territoryTargets } from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { actors } from '@/lib/testing/actors';
import { offerFigures } from '@/lib/steering/indicator-queries';
import { NO_FILTERS } from '@/lib/steering/rules';
import { openCampaign, updateMinistryTarget, updateTerritoryTarget } from './campaign-mutations';

let t: TestDb;
let admin: SessionUser;
// The demo seeded on 28 November 2026 has 2019-2020 (Annex 1 and 2) and 2026-2027, which carries them.
const december2026 = { now: new Date('2026-12-06T10:00:00Z') };
const JUSTICE = MINISTRIES.find((m) => m.name === 'Justice')!.id;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = (await loadSessionUser(PEOPLE.admin.id, t.db))!;
});
afterAll(() => t.close());

const campaignOf = async (schoolYear: number) =>
  (await t.db.select().from(campaigns).where(eq(campaigns.schoolYear, schoolYear)))[0]!;
/** A campaign's territory targets as comparable rows, without ids. */
const territoryRows = async (campaignId: string) =>
  (
    await t.db
      .select({
        level: territoryTargets.level,
        code: territoryTargets.territoryCode,
        publishedName: territoryTargets.publishedName,
        total: territoryTargets.total,
        public: territoryTargets.public,
        private: territoryTargets.private,
      })
      .from(territoryTargets)
      .where(eq(territoryTargets.campaignId, campaignId))
  ).sort((a, b) => `${a.level}${a.code}`.localeCompare(`${b.level}${b.code}`));
const ministryRows = async (campaignId: string) =>
  (
    await t.db
      .select({ ministryId: ministryTargets.ministryId, public: ministryTargets.public })
      .from(ministryTargets)
      .where(eq(ministryTargets.campaignId, campaignId))
  ).sort((a, b) => a.ministryId.localeCompare(b.ministryId));
const target = async (campaignId: string, code: string) =>
  (
    await t.db
      .select()
      .from(territoryTargets)
      .where(and(eq(territoryTargets.campaignId, campaignId), eq(territoryTargets.territoryCode, code)))
  ).find((row) => row.level === 'department')!;
const audited = (action: string, ids: string[]) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), inArray(auditLog.targetId, ids)));

describe('opening a campaign', () => {
  it('is the national team’s only', async () => {
    for (const actor of [actors.headA, actors.rep93, actors.hostO]) {
      expect(await openCampaign(actor, { schoolYear: 2027 }, december2026, t.db)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
  });

  it('copies the targets of the latest campaign that has any, in the same transaction', async () => {
    // A campaign without targets (as the demo's were before campaigns carried them) is skipped: the
    // copy comes from 2019-2020, Annex 1 (89 lines) and Annex 2 (11).
    const demoCampaign = (await campaignOf(2026)).id;
    await t.db.delete(territoryTargets).where(eq(territoryTargets.campaignId, demoCampaign));
    await t.db.delete(ministryTargets).where(eq(ministryTargets.campaignId, demoCampaign));
    const opened = await openCampaign(admin, { schoolYear: 2027 }, december2026, t.db);
    const annex1 = await territoryRows(CAMPAIGN_2019_ID);
    const annex2 = await ministryRows(CAMPAIGN_2019_ID);
    expect(opened).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        schoolYear: 2027,
        label: '2027-2028',
        copiedFrom: '2019-2020',
        territoryTargets: annex1.length,
        ministryTargets: annex2.length,
      },
    });
    expect([annex1.length, annex2.length]).toEqual([89, 11]);
    const campaign = await campaignOf(2027);
    expect(campaign).toMatchObject({ label: '2027-2028', startsOn: '2027-09-01', endsOn: '2028-05-31' });
    // Every figure as published, the printed names included (MAYOTIE) and the national 30 000.
    expect(await territoryRows(campaign.id)).toEqual(annex1);
    expect(await ministryRows(campaign.id)).toEqual(annex2);
    expect(await audited('campaign.opened', [campaign.id])).toMatchObject([
      { actorId: admin.id, details: { schoolYear: 2027, copiedFrom: '2019-2020', territoryTargets: annex1.length } },
    ]);
  });

  it('refuses a year already open, before the latest, or more than a year ahead', async () => {
    const refused = async (schoolYear: number) => {
      const result = await openCampaign(admin, { schoolYear }, december2026, t.db);
      return result.ok ? 'opened' : `${result.code}: ${result.message}`;
    };
    expect(await refused(2027)).toBe('ALREADY_DONE: La campagne 2027-2028 est déjà ouverte.');
    expect(await refused(2026)).toBe('ALREADY_DONE: La campagne 2026-2027 est déjà ouverte.');
    expect(await refused(2025)).toBe(
      'VALIDATION: Une nouvelle campagne s’ouvre après la dernière, 2027-2028 : 2025-2026 ne peut plus l’être.',
    );
    expect(await refused(2028)).toBe(
      'VALIDATION: La campagne 2028-2029 pourra être ouverte à partir du 1er juin 2027.',
    );
    expect(await t.db.select().from(campaigns)).toHaveLength(3);
  });
});

describe('editing a campaign’s targets', () => {
  it('sets a department’s figures when they add up, audited, leaving 2019-2020 as published', async () => {
    const campaign = await campaignOf(2027);
    const seineSaintDenis = { campaignId: campaign.id, level: 'department' as const, territoryCode: '93' };
    const published = await target(CAMPAIGN_2019_ID, '93');

    expect(
      await updateTerritoryTarget(actors.rep93, { ...seineSaintDenis, total: 2, public: 1, private: 1 }, t.db),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(
      await updateTerritoryTarget(admin, { ...seineSaintDenis, total: 1300, public: 600, private: 650 }, t.db),
    ).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'Le total doit être égal à la somme des stages publics et privés (600 + 650 = 1250).',
      fieldErrors: { total: ['Le total doit être égal à la somme des stages publics et privés (600 + 650 = 1250).'] },
    });
    expect(
      await updateTerritoryTarget(admin, { ...seineSaintDenis, total: -2, public: -1, private: -1 }, t.db),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { total: [expect.any(String)] } });

    // The department's dashboard, read before: it shows the new target at once, not at the next rebuild.
    const dashboardTarget = async () =>
      (await offerFigures(
        actors.rep93,
        { level: 'department', code: '93' },
        { schoolYear: 2027, filters: NO_FILTERS },
        t.db,
      ))!.figures.target;
    expect((await dashboardTarget())?.total).not.toBe(1300);
    expect(
      await updateTerritoryTarget(admin, { ...seineSaintDenis, total: 1300, public: 650, private: 650 }, t.db),
    ).toEqual({ ok: true, data: { changed: true } });
    expect(await dashboardTarget()).toEqual({ total: 1300, public: 650, private: 650 });
    const edited = await target(campaign.id, '93');
    expect(edited).toMatchObject({ total: 1300, public: 650, private: 650, publishedName: published.publishedName });
    expect(await target(CAMPAIGN_2019_ID, '93')).toEqual(published);
    expect(await audited('campaign.target_updated', [edited.id])).toMatchObject([
      {
        actorId: admin.id,
        targetType: 'territory_target',
        details: {
          campaign: '2027-2028',
          territoryCode: '93',
          before: { total: published.total, public: published.public, private: published.private },
          after: { total: 1300, public: 650, private: 650 },
        },
      },
    ]);
    // The same figures again change nothing and add no audit entry.
    expect(
      await updateTerritoryTarget(admin, { ...seineSaintDenis, total: 1300, public: 650, private: 650 }, t.db),
    ).toEqual({ ok: true, data: { changed: false } });
    expect(await audited('campaign.target_updated', [edited.id])).toHaveLength(1);
  });

  it('sets the national line and a ministry’s target; refuses a territory the campaign has no target for', async () => {
    const campaign = await campaignOf(2027);
    const national = { campaignId: campaign.id, level: 'national' as const, territoryCode: null };
    expect(
      await updateTerritoryTarget(admin, { ...national, total: 32000, public: 16000, private: 16000 }, t.db),
    ).toEqual({ ok: true, data: { changed: true } });
    expect(
      await updateTerritoryTarget(
        admin,
        { campaignId: campaign.id, level: 'department', territoryCode: '48', total: 2, public: 1, private: 1 },
        t.db,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await updateMinistryTarget(admin, { campaignId: campaign.id, ministryId: JUSTICE, public: 120 }, t.db),
    ).toEqual({
      ok: true,
      data: { changed: true },
    });
    const [justice] = await t.db
      .select()
      .from(ministryTargets)
      .where(and(eq(ministryTargets.campaignId, campaign.id), eq(ministryTargets.ministryId, JUSTICE)));
    expect(justice).toMatchObject({ public: 120 });
    expect(await audited('campaign.target_updated', [justice!.id])).toMatchObject([
      { details: { before: { public: 100 }, after: { public: 120 } } },
    ]);
    expect(
      await updateMinistryTarget(admin, { campaignId: campaign.id, ministryId: JUSTICE, public: 1.5 }, t.db),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { public: [expect.any(String)] } });
  });

  it('refuses any edit of 2019-2020, Annex 1 and 2 as published', async () => {
    const readOnly = {
      ok: false,
      code: 'READ_ONLY',
      message: expect.stringContaining('publiés par la circulaire du 31 juillet 2019'),
    };
    const dept = { campaignId: CAMPAIGN_2019_ID, level: 'department' as const, territoryCode: '93' };
    expect(await updateTerritoryTarget(admin, { ...dept, total: 2, public: 1, private: 1 }, t.db)).toMatchObject(
      readOnly,
    );
    expect(
      await updateMinistryTarget(admin, { campaignId: CAMPAIGN_2019_ID, ministryId: JUSTICE, public: 1 }, t.db),
    ).toMatchObject(readOnly);
    expect((await ministryRows(CAMPAIGN_2019_ID)).find((row) => row.ministryId === JUSTICE)).toMatchObject({
      public: 100,
    });
  });

  it('carries the edited figures over to the campaign after, opened once its year may be', async () => {
    const june2027 = { now: new Date('2027-06-01T08:00:00Z') };
    // Two admins at once: one opens it, the other is told it is open.
    const results = await Promise.all([
      openCampaign(admin, { schoolYear: 2028 }, june2027, t.db),
      openCampaign(admin, { schoolYear: 2028 }, june2027, t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'ALREADY_DONE' });
    expect(results.find((r) => r.ok)).toMatchObject({ data: { copiedFrom: '2027-2028' } });
    const next = await campaignOf(2028);
    expect(await target(next.id, '93')).toMatchObject({ total: 1300, public: 650, private: 650 });
    expect((await ministryRows(next.id)).find((row) => row.ministryId === JUSTICE)).toMatchObject({ public: 120 });
  });
});
