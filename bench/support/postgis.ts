import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/*
 * The PostGIS form of the search, for comparison only: the extension, the geography column and its
 * GiST index live in the benchmark's throwaway database, never in the app's migrations.
 */

/** Adds a geog column (geography point) with a GiST index to each table the search reads, filled from lat/lng. */
export async function addGeography(db: Db): Promise<void> {
  await db.execute(sql`create extension if not exists postgis`);
  // Both tables the search reads: offers, and offer_search_weeks for a search on some weeks.
  for (const table of ['offers', 'offer_search_weeks']) {
    await db.execute(sql.raw(`alter table ${table} add column geog geography(Point, 4326)`));
    await db.execute(
      sql.raw(`update ${table} set geog = st_setsrid(st_makepoint(lng, lat), 4326)::geography where lat is not null`),
    );
    await db.execute(sql.raw(`create index ${table}_geog on ${table} using gist (geog)`));
    await db.execute(sql.raw(`vacuum analyze ${table}`));
  }
}

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

/**
 * Runs `call` and records every statement it sent to PostgreSQL through `pg` (pool or transaction
 * client alike), in order, with its parameters: the exact SQL the app's function emits.
 */
export async function captureQueries<T>(call: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof config === 'string' ? config : config.text;
    queries.push({ text, values: values ?? (typeof config === 'string' ? [] : (config.values ?? [])) });
    return original.apply(this, args);
  };
  try {
    return { result: await call(), queries };
  } finally {
    prototype.query = original;
  }
}

// The SQL lib/geo/distance-sql.ts emits (haversine, then the bounding box around it), whitespace-tolerant.
const COLUMN = String.raw`((?:"\w+"\.)?)"lat"`;
const PARAM = String.raw`\$(\d+)`;
const pattern = (source: string) => source.replace(/ +/g, String.raw`\s*`);
const HAVERSINE = pattern(
  String.raw`\(${PARAM} \* asin\(least\(1, sqrt\( power\(sin\(radians\(${COLUMN} - ${PARAM}\) / 2\), 2\) \+ cos\(radians\(${PARAM}\)\) \* cos\(radians\((?:"\w+"\.)?"lat"\)\) \* power\(sin\(radians\((?:"\w+"\.)?"lng" - ${PARAM}\) / 2\), 2\)\)\)\)\)`,
);
const WITHIN = pattern(
  String.raw`\((?:"\w+"\.)?"lat" between ${PARAM} and ${PARAM} and (?:"\w+"\.)?"lng" between ${PARAM} and ${PARAM} and (${HAVERSINE}) <= ${PARAM}\)`,
);

/**
 * The same statements with PostGIS doing the geometry: `ST_DWithin(geog, school point, radius)` in
 * place of the bounding box and haversine, `ST_Distance` in place of the haversine where it orders
 * or is shown. On the sphere (use_spheroid false), the haversine's model, so both select the same
 * offers. Statements without a distance are kept as they are. Throws when no statement had one:
 * the search's SQL changed shape and this comparison would be meaningless.
 */
export function toPostgis(queries: readonly CapturedQuery[]): CapturedQuery[] {
  let replaced = 0;
  const converted = queries.map(({ text, values }) => {
    const point = (lat: string, lng: string) => `st_makepoint($${lng}::float8, $${lat}::float8)::geography`;
    let next = text.replace(new RegExp(WITHIN, 'g'), (...groups: string[]) => {
      replaced++;
      const [, , , , , , , prefix, lat, , lng, km] = groups;
      return `st_dwithin(${prefix}"geog", ${point(lat!, lng!)}, $${km}::float8 * 1000, false)`;
    });
    next = next.replace(
      new RegExp(HAVERSINE, 'g'),
      (_match, _twoR, prefix: string, lat: string, _lat2, lng: string) => {
        replaced++;
        return `(st_distance(${prefix}"geog", ${point(lat, lng)}, false) / 1000)`;
      },
    );
    return renumber(next, values);
  });
  if (!replaced)
    throw new Error('Aucune distance reconnue dans le SQL de la recherche : la forme PostGIS est à réécrire');
  return converted;
}

/** Keeps only the parameters the text still uses, numbered from 1 (PostgreSQL rejects an unused untyped one). */
function renumber(text: string, values: readonly unknown[]): CapturedQuery {
  const kept: unknown[] = [];
  const numbers = new Map<string, number>();
  const renumbered = text.replace(/\$(\d+)/g, (_match, old: string) => {
    if (!numbers.has(old)) {
      kept.push(values[Number(old) - 1]);
      numbers.set(old, kept.length);
    }
    return `$${numbers.get(old)}`;
  });
  return { text: renumbered, values: kept };
}

/**
 * A connection for the PostGIS form with JIT off: PostGIS declares its functions costly (COST 10000),
 * which lifts the plan above jit_above_cost, and compiling it (Debian's default, jit = on) costs
 * more than the query, 1 to 2 s here, a trap PostGIS's documentation warns about. Without JIT,
 * PostGIS is measured at its best; the app's own queries stay below the JIT threshold.
 */
export async function postgisConnection(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  await client.query('set jit = off');
  return client;
}

/** Sends the statements in order on one connection; returns the rows of each. */
export async function replay(client: pg.Pool | pg.PoolClient, queries: readonly CapturedQuery[]): Promise<unknown[][]> {
  const results: unknown[][] = [];
  for (const { text, values } of queries) results.push((await client.query({ text, values, rowMode: 'array' })).rows);
  return results;
}
