import 'server-only';
import { and, eq, not, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
  agreements,
  applications,
  departments,
  hostOrganisations,
  offers,
  offerWeeks,
  schools,
  users,
  pupils,
} from '@/db/schema';
import { organisationSuspended } from '@/lib/offers/availability';
import type { PlacedView, SteeringFilters } from './rules';

/*
 * The steering figures' definitions, in SQL, shared by the facts' rebuild (facts-mutations.ts), the
 * reads of those facts and the live reads of a school's dashboard. The views' territories follow
 * the representatives' rule (territoryCovers): an offer is in the territory of its place's
 * department, a pupil in that of their school's department.
 */

/**
 * The departments of a territorial view as a condition on `departmentCode`: an IN over the
 * departments table (an index scan on the facts' department code), the same territories as
 * territoryCovers, the representatives' rule.
 */
export function inTerritory(view: PlacedView, departmentCode: AnyColumn): SQL {
  switch (view.level) {
    case 'national':
      return sql`true`;
    case 'department':
      return eq(departmentCode, view.code);
    case 'region':
    case 'academy':
      return sql`${departmentCode} in (select ${departments.code} from ${departments}
        where ${view.level === 'region' ? departments.regionCode : departments.academyCode} = ${view.code})`;
    default:
      throw new Error(`Pas un territoire : ${view.level}`);
  }
}

/** Columns placing an offer (or a fact about offers): its place's department and its ministry. */
interface OfferColumns {
  departmentCode: AnyColumn;
  ministryId: AnyColumn;
}

/** The offers a view is about: by their place for a territory, by their ministry for a ministry. */
export function offersOfView(view: PlacedView, columns: OfferColumns = offers): SQL {
  if (view.level === 'ministry') return eq(columns.ministryId, view.id);
  if (view.level === 'school') throw new Error('Une vue d’un collège n’a pas d’offres');
  return inTerritory(view, columns.departmentCode);
}

/** The schools a view is about (their pupils, applications and internships): by the school's department. */
export function schoolsOfView(view: PlacedView, departmentCode: AnyColumn = schools.departmentCode): SQL {
  if (view.level === 'school') return eq(schools.id, view.id);
  if (view.level === 'ministry') throw new Error('Une vue d’un ministère n’a pas d’élèves');
  return inTerritory(view, departmentCode);
}

/**
 * An offer posted (in its campaign): published, its organisation not suspended, one pupils can take
 * now. Drafts, unpublished (by the host or the admin) and
 * archived (withdrawn) offers are not posted; nor are a suspended organisation's, out of the search.
 */
export const postedOffer: SQL = and(eq(offers.status, 'published'), not(organisationSuspended()))!;

/** A public host's offer ('private' is every other: companies and associations), in SQL. */
export const publicOffer = sql<boolean>`(${offers.organisationId} in (select ${hostOrganisations.id}
  from ${hostOrganisations} where ${hostOrganisations.kind} = 'public'))`;

/**
 * The sector and public/private filters, on offers (and so on the applications to them), or on
 * facts with the offer's sector and side.
 */
export function offerFilters(
  filters: SteeringFilters,
  columns: { sectorId: AnyColumn; isPublic: SQL | AnyColumn } = { sectorId: offers.sectorId, isPublic: publicOffer },
): SQL | undefined {
  return and(
    filters.sectorId ? eq(columns.sectorId, filters.sectorId) : undefined,
    filters.kind ? (filters.kind === 'public' ? sql`${columns.isPublic}` : not(sql`${columns.isPublic}`)) : undefined,
  );
}

/** The REP+/REP filter, on schools (and so on their pupils) or on facts with the school's network. */
export function schoolFilters(filters: SteeringFilters, network: AnyColumn = schools.network): SQL | undefined {
  return filters.network ? eq(network, filters.network) : undefined;
}

/**
 * Seats an offer offers over its campaign: min(seats_per_year, seats_per_week × its number of
 * weeks). A collective offer (seats_per_week > 1) counts each seat of each week, up to its yearly
 * seats; a reserved offer counts once, however many schools it is reserved for (counted from the
 * offer, never through offer_reservations). Past weeks included: their seats were offered.
 * Example: 4 seats a week over 2 weeks, 6 a year -> min(6, 8) = 6.
 */
export const seatsOffered = sql<number>`least(${offers.seatsPerYear}, ${offers.seatsPerWeek}
  * (select count(*) from ${offerWeeks} where ${offerWeeks.offerId} = ${offers.id}))::int`;

/**
 * Pupils counted in the campaign's figures: every pupil but those whose account awaits a teacher's
 * confirmation (not yet a pupil of the class). An anonymised (deleted) pupil still counts: deletion
 * keeps their school, class, gender and applications for the statistics, as /compte promises.
 */
export const countedPupil = sql`not exists (select 1 from ${users} where ${users.id} = ${pupils.userId} and ${users.status} = 'pending')`;

/**
 * An application (status confirmed: a cancelled one never is) whose convention records the internship
 * completed. Needs `agreements` left-joined on the application (completedJoin; one convention per
 * application at most, agreements.application_id is unique): a join, where a per-row `exists` made
 * every grouped query probe the index once per application.
 */
export const completedInternship = sql<boolean>`(${applications.status} = 'confirmed' and ${agreements.outcome} is not distinct from 'completed')`;
export const completedJoin = eq(agreements.applicationId, applications.id);

/**
 * The counts of the applications' figures, per group: all sent, confirmed now (a cancelled one
 * never counts), completed among them. Needs `agreements` left-joined (completedJoin).
 */
export const applicationCounts = {
  applications: sql<number>`count(*)::int`,
  confirmed: sql<number>`(count(*) filter (where ${applications.status} = 'confirmed'))::int`,
  completed: sql<number>`(count(*) filter (where ${completedInternship}))::int`,
};
