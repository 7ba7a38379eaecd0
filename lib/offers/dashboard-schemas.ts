import { z } from 'zod';
import type { offerStatus } from '@/db/schema/enums';
import type { IsoDate } from '@/lib/calendar/weeks';
import { parsePage } from '@/lib/pagination';

/*
 * The host dashboard's URL state (/entreprise/offres?sort=&dir=&status=&q=&page=) and the row it
 * shows. Client-safe: the page parses the URL here, and the table builds its links from the same
 * shape, so a sort, a filter and a page always survive one another.
 */

export const DASHBOARD_SORTS = ['title', 'status', 'nextWeek', 'seats', 'toAnswer', 'updatedAt'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export type OfferStatus = (typeof offerStatus.enumValues)[number];
/** In lifecycle order, for the status filter. */
export const OFFER_STATUSES = [
  'draft',
  'published',
  'unpublished',
  'archived',
] as const satisfies readonly OfferStatus[];
/** '' = every offer still in use (archived ones are out of the way unless asked for). */
export type DashboardStatusFilter = OfferStatus | '';

export const TITLE_SEARCH_MAX = 100;

export interface DashboardParams {
  sort: DashboardSort;
  dir: SortDirection;
  status: DashboardStatusFilter;
  q: string;
  page: number;
}

export const DEFAULT_DASHBOARD_PARAMS: DashboardParams = { sort: 'updatedAt', dir: 'desc', status: '', q: '', page: 1 };

export interface DashboardRow {
  id: string;
  title: string;
  status: OfferStatus;
  organisationName: string;
  /** Weeks still to come (on or after today). */
  weeks: number;
  /** The first week still to come. */
  nextWeek: IsoDate | null;
  /** Accepted and confirmed applications, every week of the campaign. */
  seatsHeld: number;
  seatsPerYear: number;
  seatsPerWeek: number;
  /** Applications waiting for the host's answer (submitted or read). */
  toAnswer: number;
  isReserved: boolean;
  updatedAt: Date;
  /** Why this published offer no longer reaches pupils, as its host is told; null otherwise. */
  outOfSearch: string | null;
  /** Why the national team unpublished the offer; null unless it did. */
  moderationReason: string | null;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const dashboardSearchSchema = z.object({
  sort: z.preprocess(first, z.enum(DASHBOARD_SORTS)).catch(DEFAULT_DASHBOARD_PARAMS.sort),
  dir: z.preprocess(first, z.enum(['asc', 'desc'])).catch(DEFAULT_DASHBOARD_PARAMS.dir),
  status: z.preprocess(first, z.enum(['', ...OFFER_STATUSES] as const)).catch(DEFAULT_DASHBOARD_PARAMS.status),
  // A pasted paragraph is cut rather than refused: the search still runs on its start.
  q: z
    .preprocess(
      first,
      z.string().transform((q) => q.trim().slice(0, TITLE_SEARCH_MAX).trim()),
    )
    .catch(''),
  page: z
    .preprocess(
      first,
      z.string().transform((page) => parsePage(page)),
    )
    .catch(DEFAULT_DASHBOARD_PARAMS.page),
});

/** Anything missing or invalid in the URL falls back to its default, never to an error page. */
export function parseDashboardParams(searchParams: Record<string, string | string[] | undefined>): DashboardParams {
  return dashboardSearchSchema.parse(searchParams);
}

/** The URL query for these params, defaults left out so links stay short and shareable. */
export function dashboardQuery(params: DashboardParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ['sort', 'dir', 'status', 'q', 'page'] as const) {
    if (params[key] !== DEFAULT_DASHBOARD_PARAMS[key]) query[key] = String(params[key]);
  }
  return query;
}

/** A link to the dashboard with some params changed; any change but the page itself goes back to page 1. */
export function dashboardHref(path: string, params: DashboardParams, change: Partial<DashboardParams>): string {
  const search = new URLSearchParams(dashboardQuery({ ...params, page: 1, ...change })).toString();
  return search ? `${path}?${search}` : path;
}

/** Whether the user narrowed the list (status or title), to tell "no offer yet" from "nothing matches". */
export function isFiltered(params: DashboardParams): boolean {
  return params.status !== DEFAULT_DASHBOARD_PARAMS.status || params.q !== DEFAULT_DASHBOARD_PARAMS.q;
}
