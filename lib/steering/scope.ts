import 'server-only';
import { and, eq, not, sql, type SQL } from 'drizzle-orm';
import { agreements, applications, hostOrganisations, offers, offerWeeks, schools, users, pupils } from '@/db/schema';
import { organisationSuspended } from '@/lib/offers/availability';
import { territoryCovers } from '@/lib/representatives/scope';
import type { PlacedView, SteeringFilters } from './rules';

/*
 * The steering figures' definitions, in SQL, shared by the *-queries.ts of lib/steering. The views'
 * territories follow the representatives' rule (territoryCovers): an offer is in the territory of
 * its place's department, a pupil in that of their school's department.
 */

/** The offers a view is about: by their place for a territory, by their ministry for a ministry. */
export function offersOfView(view: PlacedView): SQL {
  switch (view.level) {
    case 'national':
      return sql`true`;
    case 'ministry':
      return eq(offers.ministryId, view.id);
    case 'school':
      throw new Error('Une vue d’un collège n’a pas d’offres');
    default:
      return territoryCovers(view.level, view.code, offers.departmentCode);
  }
}

/** The schools a view is about (their pupils, applications and internships): by the school's department. */
export function schoolsOfView(view: PlacedView): SQL {
  switch (view.level) {
    case 'national':
      return sql`true`;
    case 'school':
      return eq(schools.id, view.id);
    case 'ministry':
      throw new Error('Une vue d’un ministère n’a pas d’élèves');
    default:
      return territoryCovers(view.level, view.code, schools.departmentCode);
  }
}

/**
 * Offers posted in a campaign: published offers of its school year whose organisation is not
 * suspended, the ones pupils can take now. Drafts, unpublished (by the host or the admin) and
 * archived (withdrawn) offers are not posted; nor are a suspended organisation's, out of the search.
 */
export function postedOffers(schoolYear: number): SQL {
  return and(eq(offers.schoolYear, schoolYear), eq(offers.status, 'published'), not(organisationSuspended()))!;
}

/** A public host's offer ('private' is every other: companies and associations), in SQL. */
export const publicOffer = sql<boolean>`(${offers.organisationId} in (select ${hostOrganisations.id}
  from ${hostOrganisations} where ${hostOrganisations.kind} = 'public'))`;

/** The sector and public/private filters, on offers (and so on the applications to them). */
export function offerFilters(filters: SteeringFilters): SQL | undefined {
  return and(
    filters.sectorId ? eq(offers.sectorId, filters.sectorId) : undefined,
    filters.kind ? (filters.kind === 'public' ? publicOffer : not(publicOffer)) : undefined,
  );
}

/** The REP+/REP filter, on schools (and so on their pupils). */
export function schoolFilters(filters: SteeringFilters): SQL | undefined {
  return filters.network ? eq(schools.network, filters.network) : undefined;
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
