import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { applications, hostOrganisations, offers, offerWeeks } from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { withinKmSql } from '@/lib/geo/distance-sql';
import { foldSql } from '@/lib/text/fold';
import { futureWeekSql, shownInSearch } from './availability';
import { visibleToSchool } from './scope';
import type { SearchArea, Searcher } from './search-queries';
import type { SearchFilters } from './search-schemas';

/* What a search matches, as SQL on offers: every filter of /offres, for search-queries.ts. */

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

/** Every condition of a search, as one WHERE clause on offers. */
export function searchWhere(searcher: Searcher, area: SearchArea, filters: SearchFilters, today: IsoDate): SQL {
  return and(
    shownInSearch(today, searchedWeeks(area, filters)),
    searcher.schoolId ? visibleToSchool(searcher.schoolId) : eq(offers.isReserved, false),
    // Lists the planner hashes once (the pupil's applications, the public organisations), not a probe per offer.
    searcher.pupilId
      ? sql`${offers.id} not in (select ${applications.offerId} from ${applications} where ${applications.pupilId} = ${searcher.pupilId})`
      : undefined,
    area.centre && area.radiusKm !== null ? withinKmSql(offers.lat, offers.lng, area.centre, area.radiusKm) : undefined,
    filters.sectorId ? eq(offers.sectorId, filters.sectorId) : undefined,
    filters.q ? sql`${offers.searchVector} @@ plainto_tsquery('french', ${foldSql(filters.q)})` : undefined,
    filters.kind
      ? sql`${offers.organisationId} ${sql.raw(filters.kind === 'public' ? 'in' : 'not in')} (select ${hostOrganisations.id}
          from ${hostOrganisations} where ${hostOrganisations.kind} = 'public')`
      : undefined,
    filters.format
      ? filters.format === 'individual'
        ? lte(offers.seatsPerWeek, 1)
        : sql`${offers.seatsPerWeek} > 1`
      : undefined,
  )!;
}
