import 'server-only';
import { eq, sql } from 'drizzle-orm';
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
 * Stale-while-revalidate: figures younger than CACHE_TTL_MS (a minute) are served as they are; older
 * ones, up to CACHE_MAX_AGE_MS (5 minutes), are still served at once while one background computation
 * (never two for a key) replaces them; older still, they are computed before answering. The page shows
 * their time, « chiffres du … », so a stale answer says so. The cache is per server process and per
 * database, keyed by figure, view, campaign and filters, never by actor: the policy is checked on
 * every call, before the cache is read. Concurrent calls for the same key share one computation.
 * Bounded (CACHE_MAX_ENTRIES), oldest dropped first.
 */

export const CACHE_TTL_MS = 60_000;
export const CACHE_MAX_AGE_MS = 5 * 60_000;
const CACHE_MAX_ENTRIES = 500;

interface Entry {
  /** When the computation of `value` started: its figures' time. */
  at: number;
  value: Promise<unknown>;
  /** Settled: `value` resolved (a pending or failed one is never served stale). */
  ready: boolean;
  /** The background recomputation in flight, if any: the next entry. */
  refresh?: Promise<Entry>;
}
const caches = new WeakMap<Db, Map<string, Entry>>();

/** Forget every cached figure (tests that change the data under a figure already read; the bench's cold pages). */
export function clearSteeringCache(db: Db): void {
  caches.get(db)?.clear();
}

function forget(db: Db, key: string): void {
  caches.get(db)?.delete(key);
}

/** Makes every cached figure `ms` older (the bench's steady state: figures past their minute). */
export function ageSteeringCache(db: Db, ms: number): void {
  for (const entry of caches.get(db)?.values() ?? []) entry.at -= ms;
}

/** Waits for the background recomputations in flight (tests, bench). */
export async function settleSteeringCache(db: Db): Promise<void> {
  const refreshes = [...(caches.get(db)?.values() ?? [])].map((entry) => entry.refresh);
  await Promise.allSettled(refreshes);
}

/**
 * The value cached under `key` for `db`, computed by `compute` when missing or too old (shared by
 * concurrent callers), served stale (and refreshed once in the background) between CACHE_TTL_MS and
 * CACHE_MAX_AGE_MS — unless `serveStale` is false (a part shared by figures, read while computing
 * them: a refreshed figure must not be built on stale parts). No access check: callers check first.
 */
export async function cached<T>(
  db: Db,
  key: string,
  compute: () => Promise<T>,
  serveStale = true,
): Promise<{ at: number; value: T }> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const now = Date.now();
  const start = (): Entry => {
    const entry: Entry = { at: Date.now(), value: compute(), ready: false };
    entry.value.then(
      () => (entry.ready = true),
      () => {
        if (cache.get(key) === entry) cache.delete(key);
      },
    );
    return entry;
  };
  const store = (entry: Entry) => {
    cache.delete(key);
    cache.set(key, entry);
    for (const [old, e] of cache) {
      if (cache.size <= CACHE_MAX_ENTRIES && Date.now() - e.at < CACHE_MAX_AGE_MS) break;
      if (e !== entry) cache.delete(old);
      else break;
    }
  };

  let entry = cache.get(key);
  if (entry && now - entry.at >= CACHE_TTL_MS) {
    if (!entry.ready && now - entry.at < CACHE_MAX_AGE_MS) {
      // Still being computed: share it.
    } else if (serveStale && entry.ready && now - entry.at < CACHE_MAX_AGE_MS) {
      // Stale: served now, refreshed once in the background.
      if (!entry.refresh) {
        const stale = entry;
        const next = start();
        stale.refresh = next.value.then(
          () => {
            if (cache.get(key) === stale) store(next);
            return next;
          },
          () => {
            stale.refresh = undefined;
            return stale;
          },
        );
        stale.refresh.catch(() => {});
      }
    } else {
      // Too old (or not to be served stale): computed now, unless a refresh already is.
      entry = entry.refresh ? await entry.refresh : undefined;
      if (entry && Date.now() - entry.at >= (serveStale ? CACHE_MAX_AGE_MS : CACHE_TTL_MS)) entry = undefined;
    }
  }
  if (!entry) store((entry = start()));
  return { at: entry.at, value: (await entry.value) as T };
}

/**
 * The public statistics page's reader (lib/steering/public-queries.ts): no one signed in, the
 * national view only, whose figures it publishes after the small-group rule. A symbol, so that
 * nothing from outside the code (a session, a request) can stand for it.
 */
export const PUBLIC_STATISTICS: unique symbol = Symbol('public statistics');
/** Who reads a figure: a signed-in actor (the policy decides) or the public statistics page. */
export type SteeringReader = SessionUser | typeof PUBLIC_STATISTICS;

function mayRead(reader: SteeringReader, view: PlacedView): boolean {
  return reader === PUBLIC_STATISTICS ? view.level === 'national' : canViewSteering(reader, view);
}

/**
 * Reads one figure of a view for an actor: null when the view does not exist or the actor may not
 * see it (canViewSteering), or when `applies` refuses the view's level (the caller's 404). Otherwise
 * the cached figures (see above), else `compute`'s, read now.
 */
export async function readFigures<T>(
  actor: SteeringReader,
  name: string,
  view: SteeringView,
  query: SteeringQuery,
  compute: (db: Db, view: PlacedView, query: SteeringQuery) => Promise<T>,
  db?: Db,
  applies: (view: SteeringView) => boolean = () => true,
): Promise<Figures<T> | null> {
  if (!applies(view)) return null;
  const database = db ?? (await getDb());
  // The policy first, on every call: the view placed (cached too, a known one only), then checked.
  const viewKey = JSON.stringify(['view', view]);
  const { value: placed } = await cached(database, viewKey, () => resolveView(database, view));
  if (!placed) forget(database, viewKey);
  if (!placed || !mayRead(actor, placed)) return null;
  const key = JSON.stringify([name, view, query.schoolYear, query.filters]);
  const { at, value } = await cached(database, key, () => compute(database, placed, query));
  return { view: placed, asOf: new Date(at), figures: value, ...query };
}

/**
 * Runs `read` in a transaction with PostgreSQL's JIT compilation off. The dashboards' grouped queries
 * over the national tables cost past jit_above_cost, and compiling their plans (Debian's default
 * jit = on) takes longer than running them. `set local`: the pooled connection keeps its settings.
 * PGlite knows the setting too (without a JIT), so the same code runs on both.
 */
export function withoutJit<T>(db: Db, read: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return read(tx as unknown as Db);
  });
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
