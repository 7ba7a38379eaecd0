import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed/demo';
import { createTestDb, type TestDb } from '@/db/testing';
import { DEMO_DATA_REFUSED, demoDataRefusal } from './queries';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('starting a server', () => {
  it('is refused outside demo mode on a database that holds the demo accounts', async () => {
    // A fresh database (reference data only) serves with or without demo mode.
    expect(await demoDataRefusal({}, t.db)).toBeNull();
    expect(await demoDataRefusal({ DEMO: '1' }, t.db)).toBeNull();

    expect(await seedDemo(t.db)).toBe(true);
    expect(await demoDataRefusal({}, t.db)).toBe(DEMO_DATA_REFUSED);
    expect(await demoDataRefusal({ DEMO: '0', DATABASE_URL: 'postgres://x' }, t.db)).toBe(DEMO_DATA_REFUSED);
    expect(await demoDataRefusal({ DEMO: '1' }, t.db)).toBeNull();
  });
});
