import { AGREEMENT_OUTCOME_LABELS } from '@/lib/agreements/labels';
import type { IsoDate } from '@/lib/calendar/weeks';
import { APPLICATION_STATUS_LABELS } from '@/lib/applications/labels';
import { isUuid } from '@/lib/ids';
import { parsePage } from '@/lib/pagination';

/*
 * The pupils' follow-up (/etablissement/eleves and a class's page): its URL state
 * (?classe=&etat=&sort=&dir=&page=), the row it shows, and the words of each pupil's best state.
 * Client-safe: the pages parse the URL here, and the table, its filters and the CSV link build
 * their links from the same shape, so a sort, a filter and a page always survive one another.
 */

/**
 * A pupil's furthest application: its internship completed (the convention's outcome after the
 * week), else confirmed, else accepted, else waiting (submitted or read), else none.
 */
export const BEST_STATES = ['none', 'applied', 'accepted', 'confirmed', 'completed'] as const;
export type BestState = (typeof BEST_STATES)[number];

export const BEST_STATE_LABELS: Record<BestState, string> = {
  none: 'Aucune candidature en cours',
  applied: 'En attente de réponse',
  accepted: APPLICATION_STATUS_LABELS.accepted,
  confirmed: APPLICATION_STATUS_LABELS.confirmed,
  completed: AGREEMENT_OUTCOME_LABELS.completed,
};

export const BEST_STATE_SEVERITY = {
  none: undefined,
  applied: 'info',
  accepted: 'warning',
  confirmed: 'success',
  completed: 'success',
} as const satisfies Record<BestState, 'info' | 'warning' | 'success' | undefined>;

/** Days before the class's first internship week still to come from which a pupil without any application is flagged. */
export const ALERT_DAYS = 21;
export const ALERT_LABEL = 'Aucune candidature à moins de 3 semaines du stage';

export const FOLLOW_UP_SORTS = ['pupil', 'class', 'consent', 'applications', 'state', 'week', 'host'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export interface FollowUpParams {
  /** '' = every class the actor follows. */
  classId: string;
  state: BestState | '';
  sort: FollowUpSort;
  dir: SortDirection;
  page: number;
}

export const DEFAULT_FOLLOW_UP_PARAMS: FollowUpParams = { classId: '', state: '', sort: 'class', dir: 'asc', page: 1 };

export interface FollowUpRow {
  id: string;
  firstName: string;
  lastName: string;
  classId: string;
  className: string;
  consentAt: Date | null;
  /** Every application sent, whatever became of it. */
  applications: number;
  state: BestState;
  /** The week and host of the best application (for several waiting ones, the earliest week). */
  week: IsoDate | null;
  host: string | null;
  /** No application at all, and the class's first week still to come starts within ALERT_DAYS. */
  alert: boolean;
}

/** The headline figures of one class, or of the whole list. */
export interface FollowUpFigures {
  pupils: number;
  authorised: number;
  withApplication: number;
  placed: number;
}

/** The URL's names of the params (French, as the rest of the address). */
const KEYS = { classId: 'classe', state: 'etat', sort: 'sort', dir: 'dir', page: 'page' } as const;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** Anything missing or invalid in the URL falls back to its default, never to an error page. */
export function parseFollowUpParams(search: Record<string, string | string[] | undefined>): FollowUpParams {
  const defaults = DEFAULT_FOLLOW_UP_PARAMS;
  const classId = first(search[KEYS.classId]);
  return {
    classId: isUuid(classId) ? classId.toLowerCase() : '',
    state: oneOf(['', ...BEST_STATES], first(search[KEYS.state]), defaults.state),
    sort: oneOf(FOLLOW_UP_SORTS, first(search[KEYS.sort]), defaults.sort),
    dir: oneOf(['asc', 'desc'], first(search[KEYS.dir]), defaults.dir),
    page: parsePage(search[KEYS.page]),
  };
}

/** The URL query for these params, defaults left out so links stay short and shareable. */
export function followUpQuery(params: FollowUpParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of Object.keys(KEYS) as (keyof FollowUpParams)[])
    if (params[key] !== DEFAULT_FOLLOW_UP_PARAMS[key]) query[KEYS[key]] = String(params[key]);
  return query;
}

/** A link to the list with some params changed; any change but the page itself goes back to page 1. */
export function followUpHref(path: string, params: FollowUpParams, change: Partial<FollowUpParams> = {}): string {
  const search = new URLSearchParams(followUpQuery({ ...params, page: 1, ...change })).toString();
  return search ? `${path}?${search}` : path;
}

/** Whether the user narrowed the list, to tell "no pupil yet" from "nothing matches". */
export function isFollowUpFiltered(params: FollowUpParams): boolean {
  return params.classId !== '' || params.state !== '';
}

export const FOLLOW_UP_PATH = '/etablissement/eleves';
export const FOLLOW_UP_EXPORT_PATH = `${FOLLOW_UP_PATH}/export`;
