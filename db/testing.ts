import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openConnection, type Db } from './client';
import { migrateDb } from './migrate';

/**
 * Integration tests run on PGlite by default and on PostgreSQL when DATABASE_URL is set (CI runs
 * both). A test only the server can run (true concurrency between connections) is declared with
 * it.runIf(onPostgres): the PGlite tier then reports it as skipped rather than leaving it out.
 */
export const onPostgres = Boolean(process.env.DATABASE_URL);

export interface TestDb {
  db: Db;
  kind: 'postgres' | 'pglite';
  close: () => Promise<void>;
}

/**
 * A fresh, migrated database for one integration test file: in-memory PGlite by default, or a
 * throwaway database on the PostgreSQL server of DATABASE_URL (created here, dropped on close), so
 * test files run in parallel without sharing rows. `migrated: false` leaves it empty, for a test that
 * applies migrations itself (a migration run on rows of the schema before it).
 */
export async function createTestDb({ migrated = true }: { migrated?: boolean } = {}): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // An empty database, for a test of a migration on the rows of the schema before it.
    if (!migrated) return openConnection(undefined, null);
    // Starting from the migrated template of db/testing-setup.ts takes a fraction of a second; an
    // empty PGlite spends seconds in initdb, then in the migrations (outside vitest, bench/).
    const template = process.env.PGLITE_TEMPLATE;
    if (template) return openConnection(undefined, null, new Blob([await readFile(template)]));
    const connection = await openConnection(undefined, null);
    await migrateDb(connection.db);
    return connection;
  }
  const { Client } = await import('pg');
  const name = `monstage_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const connection = await openConnection(testUrl.toString());
  if (migrated) await migrateDb(connection.db);
  return {
    ...connection,
    close: async () => {
      await connection.close();
      // The pool's clients have said goodbye: let their server processes go before the forced drop,
      // which would otherwise cut them off mid-farewell (each socket then reports an error).
      for (let wait = 0; wait < 50; wait++) {
        const { rows } = await admin.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
