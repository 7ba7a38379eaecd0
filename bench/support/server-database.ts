import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/migrate';
import type { TestDb } from '@/db/testing';

/**
 * Where a `next start` server finds the benchmark's data: the same throwaway PostgreSQL database,
 * or, for PGlite (in memory in this process), a copy written to a folder the server opens.
 */
export async function serverDatabase(
  t: TestDb,
): Promise<{ env: Record<string, string>; release: () => Promise<void> }> {
  if (t.kind === 'postgres') {
    const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`)) as [
      { name: string },
    ];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    return { env: { DATABASE_URL: url.toString() }, release: async () => {} };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const memory = (t.db as unknown as { $client: InstanceType<typeof PGlite> }).$client;
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
  const dataDir = path.join(folder, 'pglite');
  const copy = await PGlite.create({ dataDir, loadDataDir: await memory.dumpDataDir('none') });
  await copy.close();
  return {
    env: { DATABASE_URL: '', PGLITE_DIR: dataDir },
    release: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * The end of a benchmark: its throwaway database dropped (t.close), or, with BENCH_KEEP_DB=1 on
 * PostgreSQL, kept for trying indexes by hand, its address printed (the process exits: the
 * test database's own close would drop it).
 */
export async function closeBenchDb(t: TestDb): Promise<void> {
  if (process.env.BENCH_KEEP_DB !== '1' || t.kind !== 'postgres') return t.close();
  const { env } = await serverDatabase(t);
  console.log(`Base gardée (BENCH_KEEP_DB=1), à supprimer à la main : ${env.DATABASE_URL}`);
  process.exit(0);
}
