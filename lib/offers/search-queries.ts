import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, offers, offerWeeks, schools, sectors } from '@/db/schema';
import { canSearchOffers } from './policy';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { fail, type ActionResult } from '@/lib/errors';
import { distanceSql, withinKmSql } from '@/lib/geo/distance-sql';
import { futureWeekSql, shownInSearch } from './availability';
import { visibleToSchool } from './scope';
import { eligibleSchool } from '@/lib/schools/queries';
import { todayInParis } from '@/lib/calendar/weeks';
import { pageCount, pageWindow } from '@/lib/pagination';

export interface OfferListItem {
  id: string;
  title: string;
  organisationName: string;
  commune: string | null;
  sectorName: string | null;
  /** The weeks still to come, in order. */
  weeks: IsoDate[];
  /** From the pupil's school; null for visitors. */
  distanceKm: number | null;
}

export interface OfferPage {
  items: OfferListItem[];
  total: number;
  page: number;
  pageCount: number;
}

interface ListOptions {
  page: number;
  /** Offers need a week on or after this date; defaults to today in France. */
  today?: IsoDate;
}

export const PENDING_CONSENT_MESSAGE =
  'Tu verras les offres de stage dès que ton collège aura enregistré l’autorisation de tes parents.';

/**
 * The public list: open offers not reserved for particular schools, newest first. Public data only
 * (no tutor, no contact).
 */
export async function listPublishedOffers({ page, today = todayInParis() }: ListOptions, db?: Db): Promise<OfferPage> {
  db ??= await getDb();
  return fetchPage(db, {
    where: and(shownInSearch(today), eq(offers.isReserved, false))!,
    distance: null,
    page,
    today,
  });
}

/**
 * What a pupil may see: nothing before the parental authorisation is recorded, nor while the
 * school is unregistered or no longer eligible (derogation withdrawn); then the open offers within the school's search radius (or anywhere when the head
 * opened national search), including those reserved for their school and none reserved for
 * another one. Nearest first.
 */
export async function listOffersForPupil(
  actor: SessionUser,
  { page, today = todayInParis() }: ListOptions,
  db?: Db,
): Promise<ActionResult<OfferPage>> {
  if (actor.role !== 'pupil' || !actor.schoolId) return fail('FORBIDDEN', PENDING_CONSENT_MESSAGE);
  db ??= await getDb();
  const [school] = await db
    .select({
      id: schools.id,
      lat: schools.lat,
      lng: schools.lng,
      radiusKm: schools.searchRadiusKm,
      nationalSearch: sql<boolean>`${schools.nationalSearchOpenedAt} is not null`,
      registeredAt: schools.registeredAt,
      eligible: sql<boolean>`${eligibleSchool}`,
    })
    .from(schools)
    .where(eq(schools.id, actor.schoolId));
  if (!school || !canSearchOffers(actor, school)) return fail('FORBIDDEN', PENDING_CONSENT_MESSAGE);

  const visible = and(shownInSearch(today), visibleToSchool(school.id))!;
  // A school without coordinates cannot measure distances: its pupils see every open offer rather than none.
  const centre = school.lat !== null && school.lng !== null ? { lat: school.lat, lng: school.lng } : null;
  if (!centre) return { ok: true, data: await fetchPage(db, { where: visible, distance: null, page, today }) };

  const distance = distanceSql(offers.lat, offers.lng, centre);
  if (school.nationalSearch) return { ok: true, data: await fetchPage(db, { where: visible, distance, page, today }) };
  const near = and(visible, withinKmSql(offers.lat, offers.lng, centre, school.radiusKm))!;
  return { ok: true, data: await fetchPage(db, { where: near, distance, page, today }) };
}

async function fetchPage(
  db: Db,
  { where, distance, page, today }: { where: SQL; distance: SQL<number> | null; page: number; today: IsoDate },
): Promise<OfferPage> {
  const [{ total }] = (await db
    .select({ total: sql<number>`count(*)::int` })
    .from(offers)
    .where(where)) as [{ total: number }];
  const rows = await db
    .select({
      id: offers.id,
      title: offers.title,
      organisationName: hostOrganisations.name,
      commune: offers.commune,
      sectorName: sectors.name,
      distanceKm: distance ? sql<number>`round((${distance})::numeric, 1)::float8` : sql<null>`null`,
    })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .leftJoin(sectors, eq(sectors.id, offers.sectorId))
    .where(where)
    .orderBy(...(distance ? [asc(distance)] : []), desc(offers.publishedAt), asc(offers.id))
    .limit(pageWindow(page, 'offerSearch').limit)
    .offset(pageWindow(page, 'offerSearch').offset);

  const weeks = rows.length
    ? await db
        .select({ offerId: offerWeeks.offerId, week: offerWeeks.week })
        .from(offerWeeks)
        .where(
          and(
            inArray(
              offerWeeks.offerId,
              rows.map((row) => row.id),
            ),
            futureWeekSql(offerWeeks.week, today),
          ),
        )
        .orderBy(asc(offerWeeks.week))
    : [];
  const items = rows.map((row) => ({ ...row, weeks: weeks.filter((w) => w.offerId === row.id).map((w) => w.week) }));
  return { items, total, page, pageCount: pageCount(total, 'offerSearch') };
}
