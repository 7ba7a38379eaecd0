import { and, arrayOverlaps, eq, inArray, lte, not, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { applications, hostOrganisations, offers, offerSearchWeeks, offerWeeks } from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { withinKmSql } from '@/lib/geo/distance-sql';
import { foldSql } from '@/lib/text/fold';
import { futureWeekSql, organisationSuspended, shownInSearch } from './availability';
import { visibleToSchool } from './scope';
import type { SearchArea, Searcher } from './search-queries';
import type { SearchFilters } from './search-schemas';

/* What a search matches, as SQL: every filter of /offres, for search-queries.ts. */

export function searchedWeeks(area: SearchArea, filters: SearchFilters): IsoDate[] | undefined {
  return filters.week ? [filters.week] : (area.defaultWeeks ?? undefined);
}

/** offer_weeks rows (joined with their offer) still to come, with a seat, among `weeks` when given. */
export function weeksWithSeat(weeks: IsoDate[] | undefined, today: IsoDate): SQL {
  return and(
    futureWeekSql(offerWeeks.week, today),
    sql`${offerWeeks.seatsHeld} < ${offers.seatsPerWeek}`,
    weeks ? inArray(offerWeeks.week, weeks) : undefined,
  )!;
}

/** The columns every filter reads, from offers or from offer_search_weeks. */
interface SearchedColumns {
  id: PgColumn;
  lat: PgColumn;
  lng: PgColumn;
  organisationId: PgColumn;
  isReserved: PgColumn;
  sectorId: PgColumn;
  seatsPerWeek: PgColumn;
  publishedAt: PgColumn;
}

/**
 * Where a search reads: on some weeks (a class's, or the week chosen), the rows of those weeks in
 * offer_search_weeks (migration 0010), an offer once (firstOpenWeek); on every week to come, the
 * published offers themselves. Either way one row per offer found.
 */
export interface SearchSource {
  table: typeof offers | typeof offerSearchWeeks;
  columns: SearchedColumns;
  where: SQL;
}

/** Every condition of a search, and the table it reads. */
export function searchSource(
  searcher: Searcher,
  area: SearchArea,
  filters: SearchFilters,
  today: IsoDate,
): SearchSource {
  const weeks = searchedWeeks(area, filters);
  const table = weeks ? offerSearchWeeks : offers;
  const columns: SearchedColumns = { ...pick(table), id: weeks ? offerSearchWeeks.offerId : offers.id };
  const where = and(
    weeks ? and(firstOpenWeek(weeks), not(organisationSuspended(columns.organisationId))) : shownInSearch(today),
    searcher.schoolId ? visibleToSchool(searcher.schoolId, columns) : eq(columns.isReserved, false),
    // Lists the planner hashes once (the pupil's applications, the public organisations), not a probe per offer.
    searcher.pupilId
      ? sql`${columns.id} not in (select ${applications.offerId} from ${applications} where ${applications.pupilId} = ${searcher.pupilId})`
      : undefined,
    area.centre && area.radiusKm !== null
      ? withinKmSql(columns.lat, columns.lng, area.centre, area.radiusKm)
      : undefined,
    filters.sectorId ? eq(columns.sectorId, filters.sectorId) : undefined,
    filters.q
      ? sql`${columns.id} in (select ${offers.id} from ${offers}
          where ${offers.searchVector} @@ plainto_tsquery('french', ${foldSql(filters.q)}))`
      : undefined,
    filters.kind
      ? sql`${columns.organisationId} ${sql.raw(filters.kind === 'public' ? 'in' : 'not in')} (select ${hostOrganisations.id}
          from ${hostOrganisations} where ${hostOrganisations.kind} = 'public')`
      : undefined,
    filters.format
      ? filters.format === 'individual'
        ? lte(columns.seatsPerWeek, 1)
        : sql`${columns.seatsPerWeek} > 1`
      : undefined,
  )!;
  return { table, columns, where };
}

/**
 * The rows of the weeks searched, an offer's row of the first of them it has open only: a row of a
 * later week is kept when none of the earlier weeks searched is among its offer's open weeks. A test
 * on the row (migration 0012), where grouping rows by offer sorted thousands of them.
 */
function firstOpenWeek(weeks: IsoDate[]): SQL {
  const sorted = [...weeks].sort();
  const { week, openWeeks } = offerSearchWeeks;
  return and(
    inArray(week, sorted),
    sorted.length > 1
      ? or(
          ...sorted.map((searched, index) =>
            index === 0
              ? eq(week, searched)
              : and(eq(week, searched), not(arrayOverlaps(openWeeks, sorted.slice(0, index)))),
          ),
        )
      : undefined,
  )!;
}

function pick(table: typeof offers | typeof offerSearchWeeks): Omit<SearchedColumns, 'id'> {
  const { lat, lng, organisationId, isReserved, sectorId, seatsPerWeek, publishedAt } = table;
  return { lat, lng, organisationId, isReserved, sectorId, seatsPerWeek, publishedAt };
}
