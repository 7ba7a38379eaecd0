import { isIsoDate, isMonday, type IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { parsePage } from '@/lib/pagination';

/*
 * The search's filters as they live in the URL of /offres, so that a search can be shared and
 * survives a reload: French parameter names, anything unexpected dropped rather than refused (a
 * hand-edited link still shows offers).
 */

/** The distances a pupil or a visitor may choose, besides the school's radius and all of France. */
export const SEARCH_DISTANCES_KM = [10, 20, 30, 60] as const;
/** A visitor's default distance around the place they typed. */
export const VISITOR_RADIUS_KM = 60;

export type OfferKind = 'public' | 'private';
export type OfferFormat = 'individual' | 'collective';

export interface SearchFilters {
  sectorId?: string;
  /** Words to find in the title, the jobs discovered and the description (French stemming, no accents). */
  q?: string;
  /** Kilometres around the centre; 'france' for no limit (national search); unset: the default. */
  distance?: number | 'france';
  /** One internship week (its Monday). */
  week?: IsoDate;
  kind?: OfferKind;
  format?: OfferFormat;
}

export interface SearchQuery {
  filters: SearchFilters;
  page: number;
  /** What a visitor typed: a commune or a postcode. */
  place?: string;
}

const KINDS: Record<string, OfferKind> = { public: 'public', prive: 'private' };
const FORMATS: Record<string, OfferFormat> = { individuel: 'individual', collectif: 'collective' };
const KIND_PARAMS = { public: 'public', private: 'prive' } as const;
const FORMAT_PARAMS = { individual: 'individuel', collective: 'collectif' } as const;
const MAX_WORDS_LENGTH = 100;

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** `?secteur=…&mots=…&distance=…&semaine=…&statut=…&format=…&lieu=…&page=…` as filters. */
export function parseSearchParams(params: Params): SearchQuery {
  const filters: SearchFilters = {};
  const sector = first(params.secteur);
  if (isUuid(sector)) filters.sectorId = sector;
  const words = first(params.mots).slice(0, MAX_WORDS_LENGTH);
  if (words) filters.q = words;
  const distance = first(params.distance);
  if (distance === 'france') filters.distance = 'france';
  else if (/^\d{1,3}$/.test(distance) && Number(distance) >= 1 && Number(distance) <= 200)
    filters.distance = Number(distance);
  const week = first(params.semaine);
  if (isIsoDate(week) && isMonday(week)) filters.week = week;
  const kind = KINDS[first(params.statut)];
  if (kind) filters.kind = kind;
  const format = FORMATS[first(params.format)];
  if (format) filters.format = format;
  const place = first(params.lieu).slice(0, MAX_WORDS_LENGTH);
  return { filters, page: parsePage(params.page), ...(place && { place }) };
}

/** The URL of a search: the inverse of parseSearchParams (page 1 is left out). */
export function searchHref({ filters, page = 1, place }: { filters: SearchFilters; page?: number; place?: string }) {
  const params = new URLSearchParams();
  if (place) params.set('lieu', place);
  if (filters.q) params.set('mots', filters.q);
  if (filters.sectorId) params.set('secteur', filters.sectorId);
  if (filters.distance !== undefined) params.set('distance', String(filters.distance));
  if (filters.week) params.set('semaine', filters.week);
  if (filters.kind) params.set('statut', KIND_PARAMS[filters.kind]);
  if (filters.format) params.set('format', FORMAT_PARAMS[filters.format]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/offres?${query}` : '/offres';
}
