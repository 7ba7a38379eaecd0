import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, offers, offerWeeks, schools, sectors } from '@/db/schema';
import { canSearchOffers } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import { eachWeek, todayInParis, type IsoDate } from '@/lib/calendar/weeks';
import { currentOrUpcomingSchoolYear, internshipWindow } from '@/lib/calendar/school-year';
import { fail, type ActionResult } from '@/lib/errors';
import type { LatLng } from '@/lib/geo/distance';
import { distanceSql } from '@/lib/geo/distance-sql';
import { isFutureWeek } from './availability';
import { classWeeksToCome } from '@/lib/classes/queries';
import { eligibleSchool } from '@/lib/schools/queries';
import { pageCount, pageWindow } from '@/lib/pagination';
import { SEARCH_DISTANCES_KM, VISITOR_RADIUS_KM, type SearchFilters } from './search-schemas';
import { wideningsFor, type Widening } from './search-widenings';
import { searchedWeeks, searchSource, weeksWithSeat, type SearchSource } from './search-scope';

/*
 * The search of /offres: a pupil's (around their school, on their class's weeks, never an offer
 * reserved for another school nor one they already applied to) and a visitor's (published offers
 * reserved for no school, around a place they typed). Every filter is a WHERE clause (search-scope.ts)
 * on offer_search_weeks when some weeks are searched (a class's: the usual case), on offers
 * otherwise; both are kept by the database from the held-seat counters (migrations 0007 to 0010).
 */

export interface OfferListItem {
  id: string;
  title: string;
  organisationName: string;
  commune: string | null;
  sectorName: string | null;
  /** The weeks searched for that still have a seat, in order. */
  weeks: IsoDate[];
  /** From the school or the place typed; null without one. */
  distanceKm: number | null;
  lat: number;
  lng: number;
  isPublic: boolean;
  seatsPerWeek: number;
}

/** Where the search looks and what the person may change. */
export interface SearchArea {
  /** The school, or the place a visitor typed; null: all of France, newest first. */
  centre: (LatLng & { label: string }) | null;
  /** The distance searched; null: no limit. */
  radiusKm: number | null;
  /** Distances that may be chosen, in km, and 'france' when national search is allowed. */
  distances: (number | 'france')[];
  /** The school's own radius, for a pupil (shown as « rayon du collège »). */
  schoolRadiusKm: number | null;
  /** Weeks that may be chosen: the class's weeks, or every week to come of the campaign. */
  weeks: IsoDate[];
  /** The weeks searched when no week is chosen: the class's, or null for any week. */
  defaultWeeks: IsoDate[] | null;
}

export interface SearchResult {
  items: OfferListItem[];
  total: number;
  page: number;
  pageCount: number;
  area: SearchArea;
  /** The filters applied, after dropping what the person may not choose (a week not of their class). */
  filters: SearchFilters;
  /** When nothing is found: the nearest searches that find something, with their counts. */
  widenings: Widening[];
}

/** Who searches: decides which offers may be seen at all. */
export interface Searcher {
  schoolId: string | null;
  pupilId: string | null;
}

export const PENDING_CONSENT_MESSAGE =
  'Tu verras les offres de stage dès que ton collège aura enregistré l’autorisation de tes parents.';

const CLASS_WEEKS_PER_PUPIL = 4;

/**
 * What a pupil may see: nothing before the parental authorisation is recorded, nor while the school
 * is unregistered or no longer eligible; then the open offers within the school's radius (or, once
 * the head opened national search, anywhere), on their class's weeks, nearest first.
 */
export async function searchOffersForPupil(
  actor: SessionUser,
  filters: SearchFilters,
  { page, today = todayInParis() }: { page: number; today?: IsoDate },
  db?: Db,
): Promise<ActionResult<SearchResult>> {
  if (actor.role !== 'pupil' || !actor.schoolId) return fail('FORBIDDEN', PENDING_CONSENT_MESSAGE);
  db ??= await getDb();
  const [school] = await db
    .select({
      id: schools.id,
      name: schools.name,
      lat: schools.lat,
      lng: schools.lng,
      radiusKm: schools.searchRadiusKm,
      national: sql<boolean>`${schools.nationalSearchOpenedAt} is not null`,
      registeredAt: schools.registeredAt,
      eligible: sql<boolean>`${eligibleSchool}`,
    })
    .from(schools)
    .where(eq(schools.id, actor.schoolId));
  if (!school || !canSearchOffers(actor, school)) return fail('FORBIDDEN', PENDING_CONSENT_MESSAGE);

  const classWeeks = actor.classId
    ? (await classWeeksToCome(db, actor.classId, today)).slice(0, CLASS_WEEKS_PER_PUPIL)
    : [];
  // A school without coordinates cannot measure distances: its pupils see every open offer rather than none.
  const centre = school.lat !== null && school.lng !== null ? { lat: school.lat, lng: school.lng } : null;
  const limited = centre !== null && !school.national;
  const area: SearchArea = {
    centre: centre && { ...centre, label: school.name },
    radiusKm: null,
    distances: !centre
      ? []
      : [
          ...new Set([...SEARCH_DISTANCES_KM.filter((km) => !limited || km < school.radiusKm), school.radiusKm]),
          ...(limited ? [] : ['france' as const]),
        ],
    schoolRadiusKm: centre && school.radiusKm,
    weeks: classWeeks.length ? classWeeks : campaignWeeks(today),
    defaultWeeks: classWeeks.length ? classWeeks : null,
  };
  const defaultDistance = !centre ? undefined : limited ? school.radiusKm : 'france';
  return {
    ok: true,
    data: await search(db, { schoolId: school.id, pupilId: actor.id }, area, filters, defaultDistance, page, today),
  };
}

/**
 * Visitors (and every role but pupils): published offers reserved for no school, around a place
 * (60 km unless another distance is chosen) nearest first, or in all of France newest first.
 */
export async function searchOffersAround(
  place: (LatLng & { label: string }) | null,
  filters: SearchFilters,
  { page, today = todayInParis() }: { page: number; today?: IsoDate },
  db?: Db,
): Promise<SearchResult> {
  db ??= await getDb();
  const area: SearchArea = {
    centre: place,
    radiusKm: null,
    distances: place ? [...SEARCH_DISTANCES_KM, 'france'] : [],
    schoolRadiusKm: null,
    weeks: campaignWeeks(today),
    defaultWeeks: null,
  };
  return search(
    db,
    { schoolId: null, pupilId: null },
    area,
    filters,
    place ? VISITOR_RADIUS_KM : undefined,
    page,
    today,
  );
}

/** The weeks to come of the current (or next) campaign. */
function campaignWeeks(today: IsoDate): IsoDate[] {
  const { firstWeek, lastWeek } = internshipWindow(currentOrUpcomingSchoolYear(today));
  return eachWeek(firstWeek, lastWeek).filter((week) => isFutureWeek(week, today));
}

async function search(
  db: Db,
  searcher: Searcher,
  baseArea: SearchArea,
  requested: SearchFilters,
  defaultDistance: number | 'france' | undefined,
  page: number,
  today: IsoDate,
): Promise<SearchResult> {
  // Keep only what this person may choose; the rest falls back to the default.
  const filters: SearchFilters = { ...requested };
  if (filters.distance === undefined || !baseArea.distances.includes(filters.distance)) delete filters.distance;
  if (filters.week && !baseArea.weeks.includes(filters.week)) delete filters.week;
  const distance = filters.distance ?? defaultDistance;
  const area = { ...baseArea, radiusKm: typeof distance === 'number' ? distance : null };

  const source = searchSource(searcher, area, filters, today);
  const { id, lat, lng, publishedAt } = source.columns;
  const window = pageWindow(page, 'offerSearch');
  const distanceKm = area.centre ? distanceSql(lat, lng, area.centre) : null;
  // Step one reads the search index alone: the page's ids in order and the total. Around a place,
  // every row is read to sort by distance anyway, so the total comes in the same pass (count(*)
  // over ()); across France the newest come first from their own index, and a count runs beside it.
  const ordered = db
    .select({
      id: sql<string>`${id}`,
      // Unrounded: the page rounds it. Rounding in SQL ran on every row read, before the sort kept
      // 20: 2 ms of 5.5 for the 4 300 rows of a class with two weeks around Paris (bench/README.md).
      distanceKm: distanceKm ? sql<number>`${distanceKm}` : sql<null>`null`,
      total: distanceKm ? sql<number>`(count(*) over ())::int` : sql<null>`null`,
    })
    .from(source.table)
    .where(source.where)
    .orderBy(...(distanceKm ? [asc(distanceKm)] : []), desc(publishedAt), asc(id))
    .limit(window.limit)
    .offset(window.offset);
  const [found, counted] = (await Promise.all([ordered, distanceKm ? null : countSearch(db, source)])) as [
    { id: string; distanceKm: number | null; total: number | null }[],
    number | null,
  ];
  // Past the last page the window has no row to carry the total: count it.
  const total = counted ?? found[0]?.total ?? (page > 1 ? await countSearch(db, source) : 0);
  const ids = found.map((row) => row.id);
  const [details, weeks] = ids.length
    ? await Promise.all([
        db
          .select({
            id: offers.id,
            title: offers.title,
            organisationName: hostOrganisations.name,
            commune: offers.commune,
            sectorName: sectors.name,
            lat: sql<number>`${offers.lat}`,
            lng: sql<number>`${offers.lng}`,
            isPublic: sql<boolean>`${hostOrganisations.kind} = 'public'`,
            seatsPerWeek: offers.seatsPerWeek,
          })
          .from(offers)
          .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
          .leftJoin(sectors, eq(sectors.id, offers.sectorId))
          .where(inArray(offers.id, ids)),
        db
          .select({ offerId: offerWeeks.offerId, week: offerWeeks.week })
          .from(offerWeeks)
          .innerJoin(offers, eq(offers.id, offerWeeks.offerId))
          .where(and(inArray(offerWeeks.offerId, ids), weeksWithSeat(searchedWeeks(area, filters), today)))
          .orderBy(asc(offerWeeks.week)),
      ])
    : [[], []];
  const items = found.map(({ id, distanceKm }) => ({
    ...details.find((row) => row.id === id)!,
    distanceKm,
    weeks: weeks.filter((w) => w.offerId === id).map((w) => w.week),
  }));
  const widenings =
    total === 0
      ? await wideningsFor(filters, area, (widened) =>
          countSearch(db, searchSource(searcher, widened.area, widened.filters, today)),
        )
      : [];
  return { items, total, page, pageCount: pageCount(total, 'offerSearch'), area, filters, widenings };
}

async function countSearch(db: Db, source: SearchSource): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(source.table)
    .where(source.where);
  return row!.total;
}
