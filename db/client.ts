import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { log } from '@/lib/log';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

interface Connection {
  db: Db;
  kind: 'postgres' | 'pglite';
  close: () => Promise<void>;
  /** PGlite only: the whole database as a tarball, which `openConnection` can start from (tests). */
  dump?: () => Promise<Blob>;
}

// Kept on globalThis so `next dev` hot reloads reuse the connection instead of reopening PGlite, and
// so the proxy, the instrumentation hook and the pages, bundled apart but loaded in one process,
// share one connection: two PGlite instances on one folder would corrupt it.
const holder = globalThis as unknown as { __monstageDb?: Promise<Connection> };

/**
 * The process-wide database: PostgreSQL through `pg` when DATABASE_URL is set, otherwise the
 * embedded PGlite in `.data/pglite`. Called by the data-access files of lib/ (`*queries.ts`,
 * `*mutations.ts`, as eslint.config.mjs enforces), by db/ itself, scripts/ and bench/.
 */
export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

export function getConnection(): Promise<Connection> {
  holder.__monstageDb ??= openConnection(process.env.DATABASE_URL);
  return holder.__monstageDb;
}

/** Closes the process-wide connection (scripts call this before exiting or handing over to the server). */
export async function closeDb(): Promise<void> {
  const pending = holder.__monstageDb;
  holder.__monstageDb = undefined;
  if (pending) await (await pending).close();
}

/**
 * Opens PostgreSQL at databaseUrl, else PGlite in dataDir (locked), or in memory when dataDir is
 * null (tests), starting from `template` (a dump) when given.
 */
export async function openConnection(
  databaseUrl: string | undefined,
  dataDir: string | null = embeddedDataDir(),
  template?: Blob,
): Promise<Connection> {
  if (databaseUrl) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle client dropped by the server (restart, failover) must not crash the process: the pool
    // replaces it on the next query.
    pool.on('error', (error) => log('warn', 'database_idle_client_error', { error }));
    return {
      db: drizzle(pool, { schema, casing: 'snake_case' }) as unknown as Db,
      kind: 'postgres',
      close: () => pool.end(),
    };
  }
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = await PGlite.create(dataDir ? { dataDir } : template ? { loadDataDir: template } : {});
    const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      dump: () => client.dumpDataDir('none'),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function embeddedDataDir(): string {
  // Resolved at run time from the working directory; the comment keeps Turbopack from tracing it.
  return path.resolve(
    /* turbopackIgnore: true */ process.env.PGLITE_DIR ??
      path.join(/* turbopackIgnore: true */ process.cwd(), '.data', 'pglite'),
  );
}

/**
 * PGlite does not lock its folder and two processes writing it corrupt it, so we take a lock file
 * holding our pid. A lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `La base embarquée ${dataDir} est déjà utilisée par le processus ${owner}. ` +
            'Arrêtez-le, ou utilisez PostgreSQL avec DATABASE_URL pour lancer plusieurs processus.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Impossible de verrouiller ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
