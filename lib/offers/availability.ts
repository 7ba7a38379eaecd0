import 'server-only';
import { and, eq, gt, inArray, not, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { applications, hostOrganisations, offers, offerWeeks } from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';

/*
 * Seat availability, the one home of the rules that decide whether pupils find an offer and how
 * many seats a week still has, in TypeScript for pages and in SQL for the search and the jobs.
 * availability.int.test.ts checks that both forms agree on the same offers.
 */

/** Applications that hold a seat: accepted by the host (the seat is kept), or confirmed by the pupil. */
export const HOLDING_STATUSES = ['accepted', 'confirmed'] as const;
/** Applications waiting for the host's answer. */
export const PENDING_STATUSES = ['submitted', 'read'] as const;

/** The application (applications.status) holds a seat, in SQL. */
export const holdsSeat = (): SQL => inArray(applications.status, [...HOLDING_STATUSES]);

/**
 * A week is still to come while its Monday is after today: a week that has begun is over (a
 * convention is signed before the internship starts), for search, applications and seat counts.
 */
export function isFutureWeek(week: IsoDate, today: IsoDate): boolean {
  return week > today;
}

export function futureWeekSql(week: AnyColumn, today: IsoDate): SQL {
  return gt(week, today);
}

export interface SeatLimits {
  seatsPerWeek: number;
  seatsPerYear: number;
}

/** Seats still free in a week: the week's own seats, bounded by what is left of the year's. */
export function seatsLeft(offer: SeatLimits, held: { inWeek: number; total: number }): number {
  return Math.max(0, Math.min(offer.seatsPerWeek - held.inWeek, offer.seatsPerYear - held.total));
}

/**
 * Seats held on an offer, in total and per week, from the counters the database keeps (migration
 * 0007; seat-counters-queries.ts checks them against the applications). Read within the caller's
 * transaction, after locking the offer row, to decide on a change of seats.
 */
export async function heldSeats(tx: Db, offerId: string): Promise<{ total: number; byWeek: Map<IsoDate, number> }> {
  const [offer] = await tx.select({ held: offers.seatsHeld }).from(offers).where(eq(offers.id, offerId));
  const weeks = await tx
    .select({ week: offerWeeks.week, held: offerWeeks.seatsHeld })
    .from(offerWeeks)
    .where(and(eq(offerWeeks.offerId, offerId), gt(offerWeeks.seatsHeld, 0)));
  return { total: offer?.held ?? 0, byWeek: new Map(weeks.map((row) => [row.week, row.held])) };
}

export interface Availability {
  /** Weeks still to come. */
  futureWeeks: number;
  /** Weeks still to come that hold fewer pupils than seats per week. */
  futureWeeksWithSeat: number;
  /** Seats held over the whole campaign. */
  seatsHeld: number;
}

/** The counts searchAbsence needs, from an offer's weeks and seats held. */
export function availabilityOf(
  offer: SeatLimits,
  weeks: readonly IsoDate[],
  held: { total: number; byWeek: ReadonlyMap<IsoDate, number> },
  today: IsoDate,
): Availability {
  const future = weeks.filter((week) => isFutureWeek(week, today));
  return {
    futureWeeks: future.length,
    futureWeeksWithSeat: future.filter((week) => (held.byWeek.get(week) ?? 0) < offer.seatsPerWeek).length,
    seatsHeld: held.total,
  };
}

/** What the host of a published offer out of the search results is told to change. */
export const OUT_OF_SEARCH = {
  noWeek: 'Aucune semaine à venir : ajoutez des semaines pour que les élèves trouvent à nouveau cette offre.',
  noSeat: 'Toutes les places sont prises : ajoutez des places ou des semaines pour accueillir d’autres élèves.',
  suspended: 'Votre structure est suspendue par l’équipe nationale : ses offres ne sont plus proposées aux élèves.',
} as const;

/**
 * The offer's organisation is suspended by the admin (its offers leave the search at once), in SQL:
 * a list of the (few) suspended organisations the planner hashes once, not a probe per offer.
 */
export function organisationSuspended(organisationId: AnyColumn = offers.organisationId): SQL {
  return sql`${organisationId} in (select ${hostOrganisations.id} from ${hostOrganisations}
    where ${hostOrganisations.suspendedAt} is not null)`;
}

/**
 * Why a published offer is out of the search results, or null when pupils find it (and for any
 * other status, which the host changes on purpose). shownInSearch says the same in SQL.
 */
export function searchAbsence(
  offer: { status: string; seatsPerYear: number; organisationSuspended: boolean } & Availability,
): string | null {
  if (offer.status !== 'published') return null;
  if (offer.organisationSuspended) return OUT_OF_SEARCH.suspended;
  if (offer.futureWeeks === 0) return OUT_OF_SEARCH.noWeek;
  if (offer.seatsHeld >= offer.seatsPerYear || offer.futureWeeksWithSeat === 0) return OUT_OF_SEARCH.noSeat;
  return null;
}

/**
 * In the search results, as a WHERE clause on offers: published by an organisation that is not
 * suspended, seats left for the year, and a week to come that still has a seat. An offer that no
 * longer qualifies leaves the results by itself (its host is told, see out-of-search-mutations.ts).
 * Reads offers alone, never counts: open_weeks lists the weeks with a seat (migration 0008),
 * ordered, so its last one is the latest, and is empty once every seat of the year is held
 * (migration 0009). A search on some weeks reads offer_search_weeks instead (search-scope.ts).
 */
export function shownInSearch(today: IsoDate): SQL {
  return and(
    eq(offers.status, 'published'),
    not(organisationSuspended()),
    sql`coalesce(${offers.openWeeks}[cardinality(${offers.openWeeks})] > ${today}::date, false)`,
  )!;
}
