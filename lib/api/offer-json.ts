import { appUrl } from '@/lib/config';
import { formatDay } from '@/lib/calendar/format';
import { addDays, type IsoDate } from '@/lib/calendar/weeks';

/*
 * The partner API's bodies, in the earlier platform's shapes (api-contract/output/**): an offer as
 * created, updated or deleted (InternshipOffer), and a page of offers as listed or searched.
 */

/** An offer, as output/internship_offers/update/ok.json. */
export interface ApiOfferJson {
  title: string;
  description: string;
  max_candidates: number;
  employer_website: string | null;
  street: string | null;
  zipcode: string | null;
  city: string | null;
  is_public: boolean;
  employer_name: string;
  employer_description: string | null;
  remote_id: string | null;
  permalink: string | null;
  /** Null while the offer is not published (unpublished or deleted). */
  published_at: string | null;
  max_students_per_group: number;
  formatted_coordinates: { latitude: number | null; longitude: number | null };
}

export interface ApiOfferRow {
  title: string;
  description: string;
  seatsPerYear: number;
  seatsPerWeek: number;
  street: string | null;
  postcode: string | null;
  commune: string | null;
  organisationName: string;
  organisationKind: string;
  remoteId: string | null;
  status: string;
  publishedAt: Date | null;
  lat: number | null;
  lng: number | null;
  permalink: string | null;
  employerWebsite: string | null;
  employerDescription: string | null;
}

export function offerJson(row: ApiOfferRow): ApiOfferJson {
  return {
    title: row.title,
    description: row.description,
    max_candidates: row.seatsPerYear,
    employer_website: row.employerWebsite,
    street: row.street,
    zipcode: row.postcode,
    city: row.commune,
    is_public: row.organisationKind === 'public',
    employer_name: row.organisationName,
    employer_description: row.employerDescription,
    remote_id: row.remoteId,
    permalink: row.permalink,
    published_at: row.status === 'published' && row.publishedAt ? row.publishedAt.toISOString() : null,
    max_students_per_group: row.seatsPerWeek,
    formatted_coordinates: { latitude: row.lat, longitude: row.lng },
  };
}

/** An offer in a list, as output/internship_offers/index/success.json, plus its remote_id. */
export interface ApiOfferListItem {
  id: string;
  remote_id: string | null;
  title: string;
  description: string;
  employer_name: string;
  url: string;
  city: string | null;
  /** Monday of the first week and Friday of the last (the internship's days), "22 janvier 2027". */
  date_start: string | null;
  date_end: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The earlier platform's sector picture: we have none. */
  image: null;
  sector: string | null;
  handicap_accessible: boolean;
}

export interface ApiOfferListRow {
  id: string;
  remoteId: string | null;
  title: string;
  description: string;
  organisationName: string;
  commune: string | null;
  firstWeek: IsoDate | null;
  lastWeek: IsoDate | null;
  lat: number | null;
  lng: number | null;
  sectorName: string | null;
  accessibleToDisabled: boolean;
}

export function offerListItemJson(row: ApiOfferListRow): ApiOfferListItem {
  return {
    id: row.id,
    remote_id: row.remoteId,
    title: row.title,
    description: row.description,
    employer_name: row.organisationName,
    url: appUrl(`/offres/${row.id}`),
    city: row.commune,
    date_start: row.firstWeek && formatDay(row.firstWeek),
    date_end: row.lastWeek && formatDay(addDays(row.lastWeek, 4)),
    latitude: row.lat,
    longitude: row.lng,
    image: null,
    sector: row.sectorName,
    handicap_accessible: row.accessibleToDisabled,
  };
}

/** 30 offers a page, as the earlier platform (InternshipOffer::PAGE_SIZE). */
export const API_OFFERS_PER_PAGE = 30;

export interface ApiOfferPage {
  pagination: {
    totalInternshipOffers: number;
    internshipOffersPerPage: number;
    totalPages: number;
    currentPage: number;
    nextPage: string | null;
    prevPage: string | null;
    isFirstPage: boolean;
    isLastPage: boolean;
    pageUrlBase: string;
  };
  internshipOffers: ApiOfferListItem[];
}

/** The page's links keep the query's other parameters (`params`), as the earlier platform did. */
export function offerPageJson(
  items: ApiOfferListItem[],
  { total, page, path, params = {} }: { total: number; page: number; path: string; params?: Record<string, string> },
): ApiOfferPage {
  const totalPages = Math.max(1, Math.ceil(total / API_OFFERS_PER_PAGE));
  const link = (target: number) => appUrl(`${path}?${new URLSearchParams({ ...params, page: String(target) })}`);
  const query = new URLSearchParams(params).toString();
  return {
    pagination: {
      totalInternshipOffers: total,
      internshipOffersPerPage: API_OFFERS_PER_PAGE,
      totalPages,
      currentPage: page,
      nextPage: page < totalPages ? link(page + 1) : null,
      prevPage: page > 1 ? link(Math.min(page - 1, totalPages)) : null,
      isFirstPage: page === 1,
      isLastPage: page >= totalPages,
      pageUrlBase: appUrl(query ? `${path}?${query}` : path),
    },
    internshipOffers: items,
  };
}
