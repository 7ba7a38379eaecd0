import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, offers, offerWeeks, sectors } from '@/db/schema';
import { todayInParis, type IsoDate } from '@/lib/calendar/weeks';
import { distanceSql } from '@/lib/geo/distance-sql';
import { parsePage } from '@/lib/pagination';
import { searchSource } from '@/lib/offers/search-scope';
import type { SearchArea } from '@/lib/offers/search-queries';
import {
  API_OFFERS_PER_PAGE,
  offerListItemJson,
  offerPageJson,
  type ApiOfferPage,
  type ApiOfferRow,
} from './offer-json';
import { apiError, type ApiCaller, type ApiOutcome } from './types';

/* The partner API's reads: an offer's answer, the operator's offers, the search, the sectors. */

/** The row an offer's answer is made of (offerJson). */
export async function apiOfferRow(db: Db, offerId: string): Promise<ApiOfferRow> {
  const [row] = await db
    .select({
      title: offers.title,
      description: offers.description,
      seatsPerYear: offers.seatsPerYear,
      seatsPerWeek: offers.seatsPerWeek,
      street: offers.street,
      postcode: offers.postcode,
      commune: offers.commune,
      organisationName: hostOrganisations.name,
      organisationKind: hostOrganisations.kind,
      remoteId: offers.remoteId,
      status: offers.status,
      publishedAt: offers.publishedAt,
      lat: offers.lat,
      lng: offers.lng,
      permalink: offers.permalink,
      employerWebsite: offers.employerWebsite,
      employerDescription: offers.employerDescription,
    })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .where(eq(offers.id, offerId));
  if (!row) throw new Error(`no offer ${offerId}`);
  return row;
}

/** The list items of these offers, in this order. */
async function listItems(db: Db, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: offers.id,
      remoteId: offers.remoteId,
      title: offers.title,
      description: offers.description,
      organisationName: hostOrganisations.name,
      commune: offers.commune,
      firstWeek: sql<IsoDate | null>`(select min(${offerWeeks.week}) from ${offerWeeks} where ${offerWeeks.offerId} = ${offers.id})`,
      lastWeek: sql<IsoDate | null>`(select max(${offerWeeks.week}) from ${offerWeeks} where ${offerWeeks.offerId} = ${offers.id})`,
      lat: offers.lat,
      lng: offers.lng,
      sectorName: sectors.name,
      accessibleToDisabled: offers.accessibleToDisabled,
    })
    .from(offers)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .leftJoin(sectors, eq(sectors.id, offers.sectorId))
    .where(inArray(offers.id, ids));
  return ids.map((id) => offerListItemJson(rows.find((row) => row.id === id)!));
}

/**
 * GET /internship_offers: the offers this operator posted (through the API or on the site), every
 * status but deleted (archived), newest first.
 */
export async function listApiOffers(caller: ApiCaller, page: unknown, db?: Db): Promise<ApiOutcome<ApiOfferPage>> {
  db ??= await getDb();
  const current = parsePage(page);
  const where = and(eq(offers.operatorId, caller.operatorId), ne(offers.status, 'archived'));
  const [ids, total] = await Promise.all([
    db
      .select({ id: offers.id })
      .from(offers)
      .where(where)
      .orderBy(desc(offers.createdAt), asc(offers.id))
      .limit(API_OFFERS_PER_PAGE)
      .offset((current - 1) * API_OFFERS_PER_PAGE),
    db.$count(offers, where),
  ]);
  const items = await listItems(
    db,
    ids.map((row) => row.id),
  );
  return {
    ok: true,
    status: 200,
    body: offerPageJson(items, { total, page: current, path: '/api/v1/internship_offers' }),
  };
}

export interface ApiSearchQuery {
  keyword?: string;
  latitude?: number;
  longitude?: number;
  /** Metres, as the earlier platform's `radius`; 60 km around the point when absent. */
  radius?: number;
  page?: unknown;
}

const DEFAULT_RADIUS_M = 60_000;
const MAX_RADIUS_M = 1_000_000;

/**
 * GET /internship_offers/search, for operators the admin granted full access: published offers as a
 * visitor of /offres finds them (the same WHERE clauses, search-scope.ts: published, a seat left on a
 * week to come, not reserved, organisation not suspended), around a point nearest first, or all
 * newest first, 30 a page as the contract says.
 */
export async function searchApiOffers(
  caller: ApiCaller,
  query: ApiSearchQuery,
  { today = todayInParis() }: { today?: IsoDate } = {},
  db?: Db,
): Promise<ApiOutcome<ApiOfferPage>> {
  if (!caller.fullAccess) return apiError('FORBIDDEN', 'access denied');
  db ??= await getDb();
  const page = parsePage(query.page);
  const located = Number.isFinite(query.latitude) && Number.isFinite(query.longitude);
  const centre = located ? { lat: query.latitude!, lng: query.longitude!, label: '' } : null;
  const radiusM = Math.min(Math.max(query.radius ?? DEFAULT_RADIUS_M, 1), MAX_RADIUS_M);
  const area: SearchArea = {
    centre,
    radiusKm: centre ? radiusM / 1000 : null,
    distances: [],
    schoolRadiusKm: null,
    weeks: [],
    defaultWeeks: null,
  };
  const keyword = query.keyword?.trim().slice(0, 100);
  const source = searchSource({ schoolId: null, pupilId: null }, area, keyword ? { q: keyword } : {}, today);
  const distance: SQL | null = centre ? distanceSql(offers.lat, offers.lng, centre) : null;
  const [found, total] = await Promise.all([
    db
      .select({ id: offers.id })
      .from(offers)
      .where(source.where)
      .orderBy(...(distance ? [asc(distance)] : []), desc(offers.publishedAt), asc(offers.id))
      .limit(API_OFFERS_PER_PAGE)
      .offset((page - 1) * API_OFFERS_PER_PAGE),
    db.$count(offers, source.where),
  ]);
  const params: Record<string, string> = {};
  if (keyword) params.keyword = keyword;
  if (centre)
    Object.assign(params, { latitude: String(centre.lat), longitude: String(centre.lng), radius: String(radiusM) });
  const items = await listItems(
    db,
    found.map((row) => row.id),
  );
  return {
    ok: true,
    status: 200,
    body: offerPageJson(items, { total, page, path: '/api/v1/internship_offers/search', params }),
  };
}

export interface ApiSectorsBody {
  /**
   * `id` is the sector's UUID, as `uuid`: our sectors have no other identifier, and the earlier
   * platform's numeric ids were its own database's, which no partner could rely on.
   */
  sectors: { id: string; name: string; external_url: string; uuid: string }[];
}

/** GET /sectors: every sector with the UUID to send as sector_uuid, by name. */
export async function listApiSectors(db?: Db): Promise<ApiOutcome<ApiSectorsBody>> {
  db ??= await getDb();
  const rows = await db.select().from(sectors).orderBy(asc(sectors.name));
  return {
    ok: true,
    status: 200,
    body: {
      sectors: rows.map((row) => ({ id: row.id, name: row.name, external_url: row.onisepUrl ?? '', uuid: row.id })),
    },
  };
}
