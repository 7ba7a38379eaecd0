import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openConnection } from './client';
import { migrateDb } from './migrate';

/**
 * Vitest global setup: on PGlite, migrates one in-memory database with its reference data once per
 * run and leaves its dump where createTestDb (db/testing.ts) starts every test file's database
 * from (PGLITE_TEMPLATE, inherited by the test workers). Built afresh each run: never stale.
 */
export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.DATABASE_URL) return;
  const connection = await openConnection(undefined, null);
  await migrateDb(connection.db);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'monstage-pglite-'));
  const file = path.join(folder, 'template.tar');
  await writeFile(file, Buffer.from(await (await connection.dump!()).arrayBuffer()));
  await connection.close();
  process.env.PGLITE_TEMPLATE = file;
  return () => rm(folder, { recursive: true, force: true });
}
