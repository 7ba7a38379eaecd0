/*
 * Server-side pagination, the same for every list: the page comes from `?page=`, a page size per
 * kind of list (chosen once here, used by its query and by its pagination links).
 */

/** Rows per page of each list. */
export const PAGE_SIZES = {
  /** /offres, for visitors and pupils. */
  offerSearch: 20,
  /** /entreprise/offres, the host's dashboard. */
  offerDashboard: 20,
  /** /admin/utilisateurs. */
  adminUsers: 20,
  /** /admin/referents: a region's worth of representatives on one page. */
  adminRepresentatives: 25,
  /** /admin/signalements and /pilotage/signalements, newest first. */
  offerReports: 20,
  /** /entreprise/candidatures, the host's inbox. */
  applicationInbox: 20,
  /** /etablissement/eleves and a class's page: a class of 3e fits on one page. */
  pupilFollowUp: 30,
} as const;
export type ListKind = keyof typeof PAGE_SIZES;

/** The largest page number read from a URL: beyond it a query would scan for nothing. */
const MAX_PAGE = 100_000;

/** `?page=` as a page number from 1; anything else (absent, 0, "abc", 2.5, huge) is page 1. */
export function parsePage(value: unknown): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** How many pages `total` rows fill: at least one, so "page 1 of 1" still reads right when empty. */
export function pageCount(total: number, kind: ListKind): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZES[kind]));
}

/** LIMIT and OFFSET of a page of that list. */
export function pageWindow(page: number, kind: ListKind): { limit: number; offset: number } {
  const limit = PAGE_SIZES[kind];
  return { limit, offset: (Math.max(1, page) - 1) * limit };
}
