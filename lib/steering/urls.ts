import type { SteeringQuery, SteeringView } from './rules';
import { steeringParams } from './schemas';

/*
 * The dashboards' addresses: /pilotage/national, /pilotage/region/11, /pilotage/academie/10,
 * /pilotage/departement/93, /pilotage/etablissement/<id>, /pilotage/ministere/<id>; the campaign
 * and filters in the query string (schemas.ts). Client-safe: links in tables and breadcrumbs.
 */

export const STEERING_PATH = '/pilotage';

const SEGMENTS = {
  region: 'region',
  academy: 'academie',
  department: 'departement',
  school: 'etablissement',
  ministry: 'ministere',
} as const;

/** The path segments of a view, after /pilotage (and after /pilotage/export for its tables). */
export function viewSegments(view: SteeringView): string[] {
  switch (view.level) {
    case 'national':
      return ['national'];
    case 'school':
    case 'ministry':
      return [SEGMENTS[view.level], view.id];
    default:
      return [SEGMENTS[view.level], view.code];
  }
}

/** The view of /pilotage/<segments>, or null for an address that names none (the page's 404). */
export function viewFromSegments(segments: string[]): SteeringView | null {
  const [level, key, ...rest] = segments.map((segment) => decodeURIComponent(segment));
  if (rest.length > 0) return null;
  if (level === 'national') return key === undefined ? { level: 'national' } : null;
  if (!key || !/^[0-9A-Za-z-]{1,40}$/.test(key)) return null;
  switch (level) {
    case SEGMENTS.region:
      return { level: 'region', code: key };
    case SEGMENTS.academy:
      return { level: 'academy', code: key };
    case SEGMENTS.department:
      return { level: 'department', code: key.toUpperCase() };
    case SEGMENTS.school:
      return { level: 'school', id: key };
    case SEGMENTS.ministry:
      return { level: 'ministry', id: key };
    default:
      return null;
  }
}

function withQuery(path: string, query?: SteeringQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(query ? steeringParams(query) : {}), ...extra });
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A view's dashboard, keeping the campaign and filters when given. */
export function viewHref(view: SteeringView, query?: SteeringQuery): string {
  return withQuery(`${STEERING_PATH}/${viewSegments(view).join('/')}`, query);
}

/** One table of a view's dashboard as CSV (app/(espaces)/pilotage/export/[...vue]/route.ts). */
export function exportHref(view: SteeringView, query: SteeringQuery, table: string): string {
  return withQuery(`${STEERING_PATH}/export/${viewSegments(view).join('/')}`, query, { tableau: table });
}
