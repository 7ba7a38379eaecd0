import 'server-only';
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  campaigns,
  departments,
  ministries,
  ministryTargets,
  paqteGroups,
  regions,
  steeringOfferFacts,
  territoryTargets,
} from '@/db/schema';
import { readFigures, type SteeringReader } from './queries';
import {
  addCounts,
  gapOf,
  NO_OFFERS,
  targetGaps,
  type Figures,
  type GroupFigures,
  type GroupRow,
  type OfferFigures,
  type OfferSplit,
  type OfferView,
  type PlacedView,
  type SteeringQuery,
  type TargetTriple,
  type TerritoryOffers,
} from './rules';
import { offerFilters, offersOfView } from './scope';

/*
 * Offers posted and seats offered against the circular's targets (Annex 1 per territory, Annex 2 per
 * ministry), and their consolidation per ministry and per PAQTE group, read from the offers' facts
 * (steering_offer_facts, facts-mutations.ts). Definitions (scope.ts):
 * - offers posted: published offers of the campaign's school year, organisation not suspended;
 * - seats offered: min(seats per year, seats per week × weeks) per offer, each offer once;
 * - the targets count internships, so seats offered, not offers, are measured against them.
 * Each function returns null for a view the actor may not see (or one without offers: a school).
 */

const notSchool = (view: { level: string }) => view.level !== 'school';

/** Offers and seats of the view, public and private, against its targets and its children's. */
export function offerFigures(
  actor: SteeringReader,
  view: OfferView,
  query: SteeringQuery,
  db?: Db,
): Promise<Figures<OfferFigures> | null> {
  return readFigures(actor, 'offers', view, query, computeOffers, db, notSchool);
}

/** Per ministry (its public offers) and per PAQTE group (its private offers): offers, seats, placements. */
export function groupFigures(
  actor: SteeringReader,
  view: OfferView,
  query: SteeringQuery,
  db?: Db,
): Promise<Figures<GroupFigures> | null> {
  return readFigures(actor, 'groups', view, query, computeGroups, db, notSchool);
}

const emptySplit = (): OfferSplit => ({ total: NO_OFFERS, public: NO_OFFERS, private: NO_OFFERS });

/** The posted offers of the view per department of their place and public/private: one grouped read of the facts. */
export async function offersByDepartment(db: Db, view: PlacedView, { schoolYear, filters }: SteeringQuery) {
  const f = steeringOfferFacts;
  const rows = await db
    .select({
      departmentCode: f.departmentCode,
      isPublic: f.isPublic,
      offers: sql<number>`sum(${f.offers})::int`,
      seatsOffered: sql<number>`sum(${f.seatsOffered})::int`,
      seatsHeld: sql<number>`sum(${f.seatsHeld})::int`,
    })
    .from(f)
    .where(and(eq(f.schoolYear, schoolYear), f.posted, offersOfView(view, f), offerFilters(filters, f)))
    .groupBy(f.departmentCode, f.isPublic);
  const byDepartment = new Map<string | null, OfferSplit>();
  for (const { departmentCode, isPublic, ...counts } of rows) {
    const split = byDepartment.get(departmentCode) ?? emptySplit();
    const side = isPublic ? 'public' : 'private';
    byDepartment.set(departmentCode, {
      ...split,
      total: addCounts(split.total, counts),
      [side]: addCounts(split[side], counts),
    });
  }
  return byDepartment;
}

function addSplit(a: OfferSplit, b: OfferSplit): OfferSplit {
  return {
    total: addCounts(a.total, b.total),
    public: addCounts(a.public, b.public),
    private: addCounts(a.private, b.private),
  };
}

/** The children of a territorial view with their department codes: regions of France, departments of a region or académie. */
export async function childTerritories(
  db: Db,
  view: PlacedView,
): Promise<{ level: 'region' | 'department'; code: string; name: string; departments: string[] }[]> {
  if (view.level === 'national') {
    const [regionRows, departmentRows] = await Promise.all([
      db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code)),
      db.select({ code: departments.code, regionCode: departments.regionCode }).from(departments),
    ]);
    return regionRows.map((region) => ({
      level: 'region',
      ...region,
      departments: departmentRows.filter((d) => d.regionCode === region.code).map((d) => d.code),
    }));
  }
  if (view.level !== 'region' && view.level !== 'academy') return [];
  const rows = await db
    .select({ code: departments.code, name: departments.name })
    .from(departments)
    .where(view.level === 'region' ? eq(departments.regionCode, view.code) : eq(departments.academyCode, view.code))
    .orderBy(asc(departments.code));
  return rows.map((row) => ({ level: 'department', ...row, departments: [row.code] }));
}

async function computeOffers(db: Db, view: PlacedView, query: SteeringQuery): Promise<OfferFigures> {
  const [byDepartment, children, targets, ministryTarget] = await Promise.all([
    offersByDepartment(db, view, query),
    childTerritories(db, view),
    db
      .select({
        level: territoryTargets.level,
        code: territoryTargets.territoryCode,
        total: territoryTargets.total,
        public: territoryTargets.public,
        private: territoryTargets.private,
      })
      .from(territoryTargets)
      .innerJoin(campaigns, eq(campaigns.id, territoryTargets.campaignId))
      .where(eq(campaigns.schoolYear, query.schoolYear)),
    view.level === 'ministry'
      ? db
          .select({ public: ministryTargets.public })
          .from(ministryTargets)
          .innerJoin(campaigns, eq(campaigns.id, ministryTargets.campaignId))
          .where(and(eq(campaigns.schoolYear, query.schoolYear), eq(ministryTargets.ministryId, view.id)))
      : Promise.resolve([]),
  ]);
  const targetOf = (level: string, code: string | null): TargetTriple | null => {
    const row = targets.find((t) => t.level === level && t.code === code);
    return row ? { total: row.total, public: row.public, private: row.private } : null;
  };

  const total = [...byDepartment.values()].reduce(addSplit, emptySplit());
  const childRows: TerritoryOffers[] = children.map((child) => {
    const split = child.departments
      .map((code) => byDepartment.get(code) ?? emptySplit())
      .reduce(addSplit, emptySplit());
    const target = targetOf(child.level, child.code);
    return { code: child.code, name: child.name, offers: split, target, gaps: target && targetGaps(split, target) };
  });
  const childTargets = childRows.flatMap((row) => (row.target ? [row.target] : []));
  const target =
    view.level === 'national'
      ? targetOf('national', null)
      : view.level === 'region' || view.level === 'department'
        ? targetOf(view.level, view.code)
        : null;
  return {
    offers: total,
    target,
    gaps: target && targetGaps(total, target),
    childrenTargetSum: childTargets.length ? childTargets.reduce(addCounts) : null,
    children: childRows,
    ministryTarget: ministryTarget[0] ? gapOf(total.public.seatsOffered, ministryTarget[0].public) : null,
  };
}

const collator = new Intl.Collator('fr');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/**
 * Offers and seats of the posted offers; placements are the internships confirmed on the group's
 * offers of the campaign, whatever the offer became since (a placement stays one when the offer is
 * archived after the week). Public offers are attributed to the ministry and private ones to the
 * PAQTE group copied onto the offer at publication, so a later change of the host leaves them.
 */
async function computeGroups(db: Db, view: PlacedView, { schoolYear, filters }: SteeringQuery): Promise<GroupFigures> {
  const f = steeringOfferFacts;
  const facts = await db
    .select({
      ministryId: f.ministryId,
      paqteGroupId: f.paqteGroupId,
      offers: sql<number>`(coalesce(sum(${f.offers}) filter (where ${f.posted}), 0))::int`,
      seatsOffered: sql<number>`(coalesce(sum(${f.seatsOffered}) filter (where ${f.posted}), 0))::int`,
      placements: sql<number>`sum(${f.placements})::int`,
    })
    .from(f)
    .where(
      and(
        eq(f.schoolYear, schoolYear),
        offersOfView(view, f),
        offerFilters(filters, f),
        or(isNotNull(f.ministryId), isNotNull(f.paqteGroupId)),
      ),
    )
    .groupBy(f.ministryId, f.paqteGroupId);
  const tally = (key: 'ministryId' | 'paqteGroupId') => {
    const rows = new Map<string, Omit<GroupRow, 'name'>>();
    const row = (id: string) =>
      rows.get(id) ?? rows.set(id, { id, offers: 0, seatsOffered: 0, placements: 0 }).get(id)!;
    for (const r of facts) {
      if (!r[key]) continue;
      const group = row(r[key]);
      group.offers += r.offers;
      group.seatsOffered += r.seatsOffered;
      group.placements += r.placements;
    }
    return rows;
  };
  const [byMinistry, byGroup] = [tally('ministryId'), tally('paqteGroupId')];
  const [ministryRows, groupRows] = await Promise.all([
    byMinistry.size
      ? db
          .select({ id: ministries.id, name: ministries.name, target: ministryTargets.public })
          .from(ministries)
          .leftJoin(
            ministryTargets,
            and(
              eq(ministryTargets.ministryId, ministries.id),
              sql`${ministryTargets.campaignId} in (select ${campaigns.id} from ${campaigns} where ${campaigns.schoolYear} = ${schoolYear})`,
            ),
          )
          .where(inArray(ministries.id, [...byMinistry.keys()]))
      : [],
    byGroup.size
      ? db
          .select({ id: paqteGroups.id, name: paqteGroups.name })
          .from(paqteGroups)
          .where(inArray(paqteGroups.id, [...byGroup.keys()]))
      : [],
  ]);
  return {
    ministries: ministryRows.map((m) => ({ ...byMinistry.get(m.id)!, name: m.name, target: m.target })).sort(byName),
    paqteGroups: groupRows.map((g) => ({ ...byGroup.get(g.id)!, name: g.name })).sort(byName),
  };
}
