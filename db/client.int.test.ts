import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openConnection } from './client';

// The embedded database only: with DATABASE_URL the server does its own locking.
describe('embedded database lock', () => {
  const dataDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'monstage-lock-')), 'pglite');

  it('refuses to open a data folder another live process holds, with a clear message', async () => {
    const dir = dataDir();
    // The parent process (the test runner) is alive and is not us.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    await expect(openConnection(undefined, dir)).rejects.toThrow(/déjà utilisée par le processus \d+/);
  });

  it('takes over a lock left by a dead process, and releases it on close', async () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, '999999999');
    const connection = await openConnection(undefined, dir);
    await connection.db.execute(sql`select 1`);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    await connection.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
