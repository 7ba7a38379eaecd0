import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { listOperators } from './operator-queries';

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = (await loadSessionUser(PEOPLE.admin.id, t.db))!;
});
afterAll(() => t.close());

describe('admin overviews count what belongs to each row', () => {
  it('counts each operator’s members and supported organisations', async () => {
    // The second demo operator publishes through the API only: no member, no host of its own.
    expect(await listOperators(admin, t.db)).toMatchObject([
      { name: 'Plateforme locale des stages', members: 0, hosts: 0 },
      { name: 'Tous en stage', members: 1, hosts: 2 },
    ]);
  });
});
