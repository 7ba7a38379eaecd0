import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { listSectorOptions } from './queries';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('the sector filter', () => {
  it('lists the sectors in French alphabetical order, accented initials among their letter', async () => {
    const labels = (await listSectorOptions(t.db)).map((option) => option.label);
    expect(labels.indexOf('Électronique')).toBeLessThan(labels.indexOf('Enseignement'));
    expect(labels.indexOf('Électronique')).toBeGreaterThan(labels.indexOf('Droit et justice'));
  });
});
