import type { IsoDate } from '@/lib/calendar/weeks';
import { isIsoDate, isMonday } from '@/lib/calendar/weeks';
import { parsePage } from '@/lib/pagination';
import type { ApplicationStatus } from './rules';
import type { PupilCvFields } from '@/db/schema/applications';

/*
 * The host's inbox URL state (/entreprise/candidatures?sort=&dir=&status=&week=&page=) and its row.
 * Client-safe: the page parses the URL here and the table builds its links from the same shape.
 */

export const INBOX_SORTS = ['receivedAt', 'week', 'offer', 'status'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** The status filter: '' = those waiting for an answer or a confirmation (the default), 'all' = every one. */
export const INBOX_STATUS_FILTERS = ['', 'all', 'submitted', 'read', 'accepted', 'confirmed', 'rejected'] as const;
export type InboxStatusFilter = (typeof INBOX_STATUS_FILTERS)[number];

export interface InboxParams {
  sort: InboxSort;
  dir: SortDirection;
  status: InboxStatusFilter;
  week: IsoDate | '';
  page: number;
}

export const DEFAULT_INBOX_PARAMS: InboxParams = { sort: 'receivedAt', dir: 'desc', status: '', week: '', page: 1 };

export interface InboxRow {
  id: string;
  offerId: string;
  offerTitle: string;
  week: IsoDate;
  status: ApplicationStatus;
  /** The pupil's first name and initial only, until they confirm. */
  pupilName: string;
  receivedAt: Date;
}

export interface ApplicationForHost extends InboxRow {
  motivation: string;
  cv: PupilCvFields;
  rejectionReason: string | null;
  cancellationReason: string | null;
  /** After the pupil confirmed: their full name, school and class. */
  confirmedPupil: { name: string; school: string; className: string | null } | null;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseInboxParams(search: Record<string, string | string[] | undefined>): InboxParams {
  const sort = first(search.sort);
  const status = first(search.statut) ?? '';
  const week = first(search.semaine) ?? '';
  return {
    sort: (INBOX_SORTS as readonly string[]).includes(sort ?? '') ? (sort as InboxSort) : DEFAULT_INBOX_PARAMS.sort,
    dir: first(search.dir) === 'asc' ? 'asc' : first(search.dir) === 'desc' ? 'desc' : DEFAULT_INBOX_PARAMS.dir,
    status: (INBOX_STATUS_FILTERS as readonly string[]).includes(status) ? (status as InboxStatusFilter) : '',
    week: isIsoDate(week) && isMonday(week) ? week : '',
    page: parsePage(search.page),
  };
}

export const INBOX_PATH = '/entreprise/candidatures';

/** The URL's parameters for these params, defaults left out (the page is kept unless it is the first). */
export function inboxQuery(params: Partial<InboxParams>): Record<string, string> {
  const merged = { ...DEFAULT_INBOX_PARAMS, ...params };
  const query: Record<string, string> = {};
  if (merged.sort !== DEFAULT_INBOX_PARAMS.sort || merged.dir !== DEFAULT_INBOX_PARAMS.dir) {
    query.sort = merged.sort;
    query.dir = merged.dir;
  }
  if (merged.status) query.statut = merged.status;
  if (merged.week) query.semaine = merged.week;
  if (merged.page > 1) query.page = String(merged.page);
  return query;
}

export function inboxHref(params: Partial<InboxParams>): string {
  const query = new URLSearchParams(inboxQuery(params)).toString();
  return `${INBOX_PATH}${query ? `?${query}` : ''}`;
}
