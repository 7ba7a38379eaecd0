import 'server-only';
import { and, desc, eq, exists, lt, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { clearSteeringCache } from '@/lib/steering/queries';
import { rowsOf } from '@/db/migrate';
import { campaigns, ministryTargets, territoryTargets } from '@/db/schema';
import type { targetLevel } from '@/db/schema/enums';
import { audit } from '@/lib/audit/mutations';
import type { SessionUser } from '@/lib/auth/types';
import { schoolYearBounds, schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { isPublishedCampaign, PUBLISHED_READ_ONLY, splitError, whyNotOpenable } from './campaign-rules';
import { MAX_TARGET } from './campaign-schemas';
import { ADMIN_ONLY, isAdmin } from './policy';

/*
 * Campaigns and their targets (/admin/campagnes). A new campaign starts from a copy of the
 * targets of the campaign before it; its figures are then edited row by row. The 2019-2020
 * campaign keeps Annex 1 and Annex 2 as the circular printed them: it is never edited here.
 * Every change is audited with its values before and after.
 */

export interface OpenedCampaign {
  id: string;
  schoolYear: number;
  label: string;
  /** The campaign whose targets were copied; null when no earlier campaign has any. */
  copiedFrom: string | null;
  territoryTargets: number;
  ministryTargets: number;
}

/**
 * Opens the campaign of `schoolYear` (label « 2027-2028 », 1 September -> 31 May) with a copy of
 * every territory and ministry target of the previous campaign, in one transaction: the campaign
 * never exists without its targets. Which years may be opened: openableSchoolYears
 * (campaign-rules.ts), i.e. after the latest campaign, the year in progress or the next one.
 *
 * "The previous campaign" is the latest earlier one that has targets: a campaign created without
 * any (the demo's, seeded before this existed) is skipped rather than carried over as nothing, so
 * the figures always come from the last campaign that had some, ultimately Annex 1 and 2.
 * The copy is one `insert … select` per table, in the database.
 */
export async function openCampaign(
  actor: SessionUser,
  input: { schoolYear: number },
  options: { now: Date },
  db?: Db,
): Promise<ActionResult<OpenedCampaign>> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  db ??= await getDb();
  const today = todayInParis(options.now);
  return db.transaction(async (tx) => {
    // One opening at a time, reads still allowed: the checks below depend on the campaigns that
    // exist, and two admins opening 2026 and 2027 together would both find 2019 the latest.
    await tx.execute(sql`lock table ${campaigns} in share row exclusive mode`);
    const years = (await tx.select({ year: campaigns.schoolYear }).from(campaigns)).map((row) => row.year);
    const refusal = whyNotOpenable(input.schoolYear, years, today);
    if (refusal) return fail(years.includes(input.schoolYear) ? 'ALREADY_DONE' : 'VALIDATION', refusal);

    const created = await createCampaign(tx, input.schoolYear);
    const opened: OpenedCampaign = { schoolYear: input.schoolYear, ...created };
    await audit(tx, {
      actorId: actor.id,
      action: 'campaign.opened',
      targetType: 'campaign',
      targetId: opened.id,
      details: {
        schoolYear: opened.schoolYear,
        copiedFrom: opened.copiedFrom,
        territoryTargets: opened.territoryTargets,
        ministryTargets: opened.ministryTargets,
      },
    });
    return { ok: true as const, data: opened };
  });
}

/**
 * Creates a school year's campaign with the targets of the latest earlier campaign that has any
 * (one `insert … select` per table), in the caller's transaction: the admin's opening, and the demo
 * seed's current campaign, so that its indicators have targets to compare with.
 */
export async function createCampaign(tx: Db, schoolYear: number): Promise<Omit<OpenedCampaign, 'schoolYear'>> {
  const [source] = await tx
    .select({ id: campaigns.id, label: campaigns.label })
    .from(campaigns)
    .where(
      and(
        lt(campaigns.schoolYear, schoolYear),
        or(
          exists(
            tx
              .select({ one: sql`1` })
              .from(territoryTargets)
              .where(eq(territoryTargets.campaignId, campaigns.id)),
          ),
          exists(
            tx
              .select({ one: sql`1` })
              .from(ministryTargets)
              .where(eq(ministryTargets.campaignId, campaigns.id)),
          ),
        ),
      ),
    )
    .orderBy(desc(campaigns.schoolYear))
    .limit(1);

  const label = schoolYearLabel(schoolYear);
  const [created] = await tx
    .insert(campaigns)
    .values({ schoolYear: schoolYear, label, ...schoolYearBounds(schoolYear) })
    .returning({ id: campaigns.id });
  const copied = source ? await copyTargets(tx, source.id, created!.id) : { territory: 0, ministry: 0 };

  return {
    id: created!.id,
    label,
    copiedFrom: source?.label ?? null,
    territoryTargets: copied.territory,
    ministryTargets: copied.ministry,
  };
}

async function copyTargets(tx: Db, fromId: string, toId: string) {
  const [territory] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with copied as (
        insert into ${territoryTargets} (campaign_id, level, territory_code, published_name, total, public, private)
        select ${toId}::uuid, level, territory_code, published_name, total, public, private
        from ${territoryTargets} where campaign_id = ${fromId}::uuid
        returning 1)
      select count(*)::int as n from copied`),
  );
  const [ministry] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with copied as (
        insert into ${ministryTargets} (campaign_id, ministry_id, public)
        select ${toId}::uuid, ministry_id, public from ${ministryTargets} where campaign_id = ${fromId}::uuid
        returning 1)
      select count(*)::int as n from copied`),
  );
  return { territory: territory!.n, ministry: ministry!.n };
}

type Level = (typeof targetLevel.enumValues)[number];
type Changed = ActionResult<{ changed: boolean }>;

/**
 * Sets one territory target (the national line: level 'national', territoryCode null) of a
 * campaign other than 2019-2020. The three figures must add up (splitError: total = public +
 * private, refused on the total); a region need not equal the sum of its departments.
 */
export async function updateTerritoryTarget(
  actor: SessionUser,
  input: {
    campaignId: string;
    level: Level;
    territoryCode: string | null;
    total: number;
    public: number;
    private: number;
  },
  db?: Db,
): Promise<Changed> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  const invalid = invalidCounts(input, ['total', 'public', 'private']);
  if (invalid) return invalid;
  const split = splitError(input);
  if (split) return failOn('total', split);
  db ??= await getDb();
  const result = await db.transaction(async (tx) => {
    const campaign = await editableCampaign(tx, input.campaignId);
    if (!campaign.ok) return campaign;
    const [before] = await tx
      .select()
      .from(territoryTargets)
      .where(
        and(
          eq(territoryTargets.campaignId, input.campaignId),
          eq(territoryTargets.level, input.level),
          sql`${territoryTargets.territoryCode} is not distinct from ${input.territoryCode}`,
        ),
      )
      .for('update');
    if (!before) return fail('NOT_FOUND', 'Cette campagne n’a pas d’objectif pour ce territoire.');
    const after = { total: input.total, public: input.public, private: input.private };
    const previous = { total: before.total, public: before.public, private: before.private };
    if (sameFigures(previous, after)) return { ok: true as const, data: { changed: false } };
    await tx.update(territoryTargets).set(after).where(eq(territoryTargets.id, before.id));
    await audit(tx, {
      actorId: actor.id,
      action: 'campaign.target_updated',
      targetType: 'territory_target',
      targetId: before.id,
      details: {
        campaign: campaign.data.label,
        level: before.level,
        territoryCode: before.territoryCode,
        before: previous,
        after,
      },
    });
    return { ok: true as const, data: { changed: true } };
  });
  // Targets are figures too: the dashboards show the new one at once, not at the next rebuild.
  if (result.ok && result.data.changed) clearSteeringCache(db);
  return result;
}

/** Sets the public-sector target of one ministry's central administration (Annex 2) for a campaign other than 2019-2020. */
export async function updateMinistryTarget(
  actor: SessionUser,
  input: { campaignId: string; ministryId: string; public: number },
  db?: Db,
): Promise<Changed> {
  if (!isAdmin(actor)) return fail('FORBIDDEN', ADMIN_ONLY);
  const invalid = invalidCounts(input, ['public']);
  if (invalid) return invalid;
  db ??= await getDb();
  const result = await db.transaction(async (tx) => {
    const campaign = await editableCampaign(tx, input.campaignId);
    if (!campaign.ok) return campaign;
    const [before] = await tx
      .select()
      .from(ministryTargets)
      .where(and(eq(ministryTargets.campaignId, input.campaignId), eq(ministryTargets.ministryId, input.ministryId)))
      .for('update');
    if (!before) return fail('NOT_FOUND', 'Cette campagne n’a pas d’objectif pour ce ministère.');
    if (before.public === input.public) return { ok: true as const, data: { changed: false } };
    await tx.update(ministryTargets).set({ public: input.public }).where(eq(ministryTargets.id, before.id));
    await audit(tx, {
      actorId: actor.id,
      action: 'campaign.target_updated',
      targetType: 'ministry_target',
      targetId: before.id,
      details: {
        campaign: campaign.data.label,
        ministryId: before.ministryId,
        before: { public: before.public },
        after: { public: input.public },
      },
    });
    return { ok: true as const, data: { changed: true } };
  });
  // Targets are figures too: the dashboards show the new one at once, not at the next rebuild.
  if (result.ok && result.data.changed) clearSteeringCache(db);
  return result;
}

/** The campaign whose targets are to change, unless it is unknown or the published 2019-2020 one. */
async function editableCampaign(tx: Db, campaignId: string): Promise<ActionResult<{ label: string }>> {
  const [campaign] = await tx
    .select({ label: campaigns.label, schoolYear: campaigns.schoolYear })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) return fail('NOT_FOUND', 'Cette campagne n’existe pas.');
  if (isPublishedCampaign(campaign.schoolYear)) return fail('READ_ONLY', PUBLISHED_READ_ONLY);
  return { ok: true, data: { label: campaign.label } };
}

/** Whole numbers from 0 to MAX_TARGET, checked here too: the schema is not the only caller. */
function invalidCounts<K extends string>(input: Record<K, number>, keys: K[]): ActionResult<never> | null {
  const wrong = keys.filter((key) => !Number.isInteger(input[key]) || input[key] < 0 || input[key] > MAX_TARGET);
  if (!wrong.length) return null;
  const message = 'Saisissez un nombre entier entre 0 et 1 000 000.';
  return fail('VALIDATION', message, Object.fromEntries(wrong.map((key) => [key, [message]])));
}

function sameFigures(a: Record<string, number>, b: Record<string, number>) {
  return Object.keys(b).every((key) => a[key] === b[key]);
}
