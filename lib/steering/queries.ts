import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { academies, departments, ministries, regions, schools } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { canViewSteering } from './policy';
import type { Figures, PlacedView, SteeringQuery, SteeringView } from './rules';

/*
 * What every steering query shares: placing the view in the territory tree, the policy check, and a
 * small in-process cache, so that a dashboard page (several figures, each one grouped query over the
 * territory) costs a few map lookups while its figures are fresh.
 *
 * Figures are at most a minute old (CACHE_TTL_MS): the page shows their time, « chiffres du … ».
 * The cache is per server process and per database, keyed by figure, view, campaign and filters,
 * never by actor: the policy is checked on every call, before the cache is read. Concurrent calls
 * for the same key share one computation. Bounded (CACHE_MAX_ENTRIES), oldest dropped first.
 */

export const CACHE_TTL_MS = 60_000;
const CACHE_MAX_ENTRIES = 500;

interface Entry {
  at: number;
  value: Promise<{ view: PlacedView; asOf: Date; figures: unknown }>;
}
const caches = new WeakMap<Db, Map<string, Entry>>();

/** Forget every cached figure (tests that change the data under a figure already read). */
export function clearSteeringCache(db: Db): void {
  caches.get(db)?.clear();
}

/**
 * Reads one figure of a view for an actor: null when the view does not exist or the actor may not
 * see it (canViewSteering), or when `applies` refuses the view's level (the caller's 404). Otherwise
 * the cached figures when fresh, else `compute`'s, read now.
 */
export async function readFigures<T>(
  actor: SessionUser,
  name: string,
  view: SteeringView,
  query: SteeringQuery,
  compute: (db: Db, view: PlacedView, query: SteeringQuery) => Promise<T>,
  db?: Db,
  applies: (view: SteeringView) => boolean = () => true,
): Promise<Figures<T> | null> {
  if (!applies(view)) return null;
  db ??= await getDb();
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = JSON.stringify([name, view, query.schoolYear, query.filters]);
  const now = Date.now();
  const cached = cache.get(key);
  if (cached && now - cached.at < CACHE_TTL_MS) {
    const hit = await cached.value;
    return canViewSteering(actor, hit.view) ? { ...hit, ...query, figures: hit.figures as T } : null;
  }

  const placed = await resolveView(db, view);
  if (!placed || !canViewSteering(actor, placed)) return null;
  const asOf = new Date(now);
  const value = compute(db, placed, query).then((figures) => ({ view: placed, asOf, figures }));
  cache.delete(key);
  cache.set(key, { at: now, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  for (const [old, entry] of cache) {
    if (cache.size <= CACHE_MAX_ENTRIES && now - entry.at < CACHE_TTL_MS) break;
    cache.delete(old);
  }
  return { ...(await value), ...query };
}

/**
 * The view placed in the territory tree, with its name; null for an unknown code or id (the same
 * answer as a view the actor may not see).
 */
export async function resolveView(db: Db, view: SteeringView): Promise<PlacedView | null> {
  const none = { regionCode: null, academyCode: null, departmentCode: null };
  switch (view.level) {
    case 'national':
      return { ...view, name: 'France entière', ...none };
    case 'region': {
      const [row] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, view.code));
      return row ? { ...view, name: row.name, ...none, regionCode: view.code } : null;
    }
    case 'academy': {
      const [row] = await db
        .select({ name: academies.name, regionCode: academies.regionCode })
        .from(academies)
        .where(eq(academies.code, view.code));
      return row ? { ...view, ...row, academyCode: view.code, departmentCode: null } : null;
    }
    case 'department': {
      const [row] = await db
        .select({ name: departments.name, regionCode: departments.regionCode, academyCode: departments.academyCode })
        .from(departments)
        .where(eq(departments.code, view.code));
      return row ? { ...view, ...row, departmentCode: view.code } : null;
    }
    case 'school': {
      if (!isUuid(view.id)) return null;
      const [row] = await db
        .select({
          name: schools.name,
          departmentCode: schools.departmentCode,
          regionCode: departments.regionCode,
          academyCode: departments.academyCode,
        })
        .from(schools)
        .innerJoin(departments, eq(departments.code, schools.departmentCode))
        .where(eq(schools.id, view.id));
      return row ? { ...view, ...row } : null;
    }
    case 'ministry': {
      if (!isUuid(view.id)) return null;
      const [row] = await db.select({ name: ministries.name }).from(ministries).where(eq(ministries.id, view.id));
      return row ? { ...view, name: row.name, ...none } : null;
    }
  }
}
