import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { academies, departments, ministries, regions, schools, steeringRefreshes } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { refreshSteeringFacts } from './facts-mutations';
import { canViewSteering } from './policy';
import type { Figures, PlacedView, SteeringQuery, SteeringView } from './rules';

/*
 * What every steering query shares: placing the view in the territory tree, the policy check, the
 * facts' time and the figures kept in memory.
 *
 * A territory's or a ministry's figures add up the steering facts (db/schema/steering.ts), rebuilt
 * every FACTS_REFRESH_MS by each server's job (lib/jobs/steering.ts); a school's are read live,
 * from its own few rows. Either way every figure is keyed by the facts' time: computed once per
 * rebuild and per process, then served from memory until the next one, so all the figures of a
 * page share one time, shown as « Chiffres du … », at most a minute old. Facts older than
 * FACTS_MAX_AGE_MS (no job running: a script, the tests, a server just started) are rebuilt before
 * answering, concurrent readers sharing the rebuild. Keys hold the figure, view, campaign and
 * filters, never the actor: the policy is checked on every call, before anything is read.
 */

export const FACTS_REFRESH_MS = 45_000;
export const FACTS_MAX_AGE_MS = 60_000;
const MEMO_MAX_ENTRIES = 500;

interface Memo {
  /** The facts' time the values were computed for. */
  at: number;
  values: Map<string, Promise<unknown>>;
}
const memos = new WeakMap<Db, Memo>();
const rebuilds = new WeakMap<Db, Promise<Date>>();

/** Forgets the figures kept in memory (the bench's first visits; tests that change a school's rows). */
export function clearSteeringCache(db: Db): void {
  memos.delete(db);
}

/** The facts' time, after rebuilding them first when older than FACTS_MAX_AGE_MS (one rebuild shared). */
export async function factsTime(db: Db): Promise<Date> {
  const [row] = await db
    .select({
      at: steeringRefreshes.refreshedAt,
      fresh: sql<boolean>`${steeringRefreshes.refreshedAt} > clock_timestamp() - ${FACTS_MAX_AGE_MS} * interval '1 millisecond'`,
    })
    .from(steeringRefreshes);
  if (row?.fresh) return row.at;
  let rebuild = rebuilds.get(db);
  if (!rebuild) {
    rebuild = refreshSteeringFacts({ unlessYoungerThanMs: FACTS_MAX_AGE_MS }, db).then((at) => at!);
    rebuilds.set(db, rebuild);
    void rebuild.finally(() => rebuilds.delete(db)).catch(() => {});
  }
  return rebuild;
}

/**
 * The value of `key` for the facts of time `at`, computed by `compute` once (concurrent callers
 * share it). Values of older facts are dropped when newer ones are first read; a late caller still
 * on older facts computes without keeping. No access check: callers check first.
 */
function memoised<T>(db: Db, at: Date, key: string, compute: () => Promise<T>): Promise<T> {
  let memo = memos.get(db);
  if (!memo || memo.at < at.getTime()) memos.set(db, (memo = { at: at.getTime(), values: new Map() }));
  if (memo.at !== at.getTime()) return compute();
  const values = memo.values;
  let value = values.get(key) as Promise<T> | undefined;
  if (!value) {
    if (values.size >= MEMO_MAX_ENTRIES) values.delete(values.keys().next().value!);
    value = compute();
    values.set(key, value);
    value.catch(() => values.delete(key));
  }
  return value;
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
 * the figures of the current facts (see above), computed by `compute` unless already in memory.
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
  const at = await factsTime(database);
  // The policy first, on every call: the view placed (an unknown one is null), then checked.
  const placed = await memoised(database, at, JSON.stringify(['view', view]), () => resolveView(database, view));
  if (!placed || !mayRead(actor, placed)) return null;
  const key = JSON.stringify([name, view, query.schoolYear, query.filters]);
  const figures = await memoised(database, at, key, () => compute(database, placed, query));
  return { view: placed, asOf: at, figures, ...query };
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
