import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { listOperators } from './operator-queries';
import { listCampaigns } from './reference-queries';

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
  admin = (await loadSessionUser(PEOPLE.admin.id, t.db))!;
});
afterAll(() => t.close());

describe('admin overviews count what belongs to each row', () => {
  it('counts the Annex 1 targets of each campaign: 89 published lines for 2019-2020, none yet for the demo campaign', async () => {
    // 18 regions + 70 departments + the national line = 89 lines in Annex 1.
    expect(await listCampaigns(admin, t.db)).toMatchObject([
      { label: '2026-2027', targets: 0 },
      { label: '2019-2020', targets: 89 },
    ]);
  });

  it('counts each operator’s members and supported organisations', async () => {
    expect(await listOperators(admin, t.db)).toMatchObject([{ name: 'Tous en stage', members: 1, hosts: 2 }]);
  });
});
