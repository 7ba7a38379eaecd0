import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appliedMigration, rowsOf } from './migrate';
import { createTestDb, type TestDb } from './testing';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('migrations', () => {
  it('apply from an empty database and record the last migration', async () => {
    expect(await appliedMigration(t.db)).toMatch(/^\d{4}_/);
    const result = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(rowsOf<{ n: number }>(result)[0]!.n).toBeGreaterThan(20);
  });
});
