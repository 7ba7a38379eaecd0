import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import { campaigns, departments, ministries, ministryTargets, regions, territoryTargets } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isPublishedCampaign } from './campaign-rules';
import { isAdmin } from './policy';

/** Reads of /admin/campagnes: admin only, empty or null otherwise. */

export interface Figures {
  total: number;
  public: number;
  private: number;
}

export interface CampaignSummary {
  id: string;
  schoolYear: number;
  label: string;
  startsOn: string;
  endsOn: string;
  territoryTargets: number;
  ministryTargets: number;
  /** 2019-2020: Annex 1 and 2 as published. */
  readOnly: boolean;
}

/** Every campaign, latest first, with how many territory and ministry targets it has. */
export async function listCampaignSummaries(actor: SessionUser, db?: Db): Promise<CampaignSummary[]> {
  if (!isAdmin(actor)) return [];
  db ??= await getDb();
  const rows = await db
    .select({
      id: campaigns.id,
      schoolYear: campaigns.schoolYear,
      label: campaigns.label,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      territoryTargets: db.$count(territoryTargets, eq(territoryTargets.campaignId, campaigns.id)),
      ministryTargets: db.$count(ministryTargets, eq(ministryTargets.campaignId, campaigns.id)),
    })
    .from(campaigns)
    .orderBy(desc(campaigns.schoolYear));
  return rows.map((row) => ({ ...row, readOnly: isPublishedCampaign(row.schoolYear) }));
}

export interface DepartmentTarget extends Figures {
  code: string;
  name: string;
}

export interface RegionTargets {
  code: string;
  name: string;
  /** The region's own target, as set (never recomputed); null when the campaign has none for it. */
  target: Figures | null;
  departments: DepartmentTarget[];
  /** The sum of its departments' targets, shown beside the region's own figure. */
  departmentsSum: Figures;
}

export interface CampaignTargets {
  campaign: CampaignSummary;
  national: Figures | null;
  /** Regions by name, each with its departments by code. */
  regions: RegionTargets[];
  /** Ministries by name. */
  ministries: { ministryId: string; name: string; public: number }[];
}

const departmentRegion = alias(regions, 'department_region');

/** One campaign's targets, by region then department, and by ministry; null for an unknown year. */
export async function findCampaignTargets(
  actor: SessionUser,
  schoolYear: number,
  db?: Db,
): Promise<CampaignTargets | null> {
  if (!isAdmin(actor)) return null;
  db ??= await getDb();
  const campaign = (await listCampaignSummaries(actor, db)).find((row) => row.schoolYear === schoolYear);
  if (!campaign) return null;
  const [territory, ministry] = await Promise.all([
    db
      .select({
        level: territoryTargets.level,
        code: territoryTargets.territoryCode,
        total: territoryTargets.total,
        public: territoryTargets.public,
        private: territoryTargets.private,
        regionCode: sql<string | null>`coalesce(${regions.code}, ${departments.regionCode})`,
        regionName: sql<string | null>`coalesce(${regions.name}, ${departmentRegion.name})`,
        departmentName: departments.name,
      })
      .from(territoryTargets)
      .leftJoin(regions, and(eq(territoryTargets.level, 'region'), eq(regions.code, territoryTargets.territoryCode)))
      .leftJoin(
        departments,
        and(eq(territoryTargets.level, 'department'), eq(departments.code, territoryTargets.territoryCode)),
      )
      .leftJoin(departmentRegion, eq(departmentRegion.code, departments.regionCode))
      .where(eq(territoryTargets.campaignId, campaign.id))
      .orderBy(asc(territoryTargets.territoryCode)),
    db
      .select({ ministryId: ministries.id, name: ministries.name, public: ministryTargets.public })
      .from(ministryTargets)
      .innerJoin(ministries, eq(ministries.id, ministryTargets.ministryId))
      .where(eq(ministryTargets.campaignId, campaign.id)),
  ]);

  const byRegion = new Map<string, RegionTargets>();
  const regionOf = (code: string, name: string) => {
    let region = byRegion.get(code);
    if (!region) {
      region = { code, name, target: null, departments: [], departmentsSum: { total: 0, public: 0, private: 0 } };
      byRegion.set(code, region);
    }
    return region;
  };
  let national: Figures | null = null;
  for (const row of territory) {
    const figures = { total: row.total, public: row.public, private: row.private };
    if (row.level === 'national') national = figures;
    else if (row.regionCode && row.regionName) {
      const region = regionOf(row.regionCode, row.regionName);
      if (row.level === 'region') region.target = figures;
      else {
        region.departments.push({ code: row.code!, name: row.departmentName ?? row.code!, ...figures });
        for (const key of ['total', 'public', 'private'] as const) region.departmentsSum[key] += figures[key];
      }
    }
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
  return {
    campaign,
    national,
    regions: [...byRegion.values()].sort(byName),
    ministries: ministry.sort(byName),
  };
}
