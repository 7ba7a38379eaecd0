import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { searchSchools } from './queries';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date('2026-11-28T10:00:00Z'));
});
afterAll(() => t.close());

describe('school directory search', () => {
  it('finds a collège by name regardless of accents and case, by commune, and by UAI first', async () => {
    expect((await searchSchools('henri barbusse', {}, t.db)).map((s) => s.uai)).toEqual(['0931232J']);
    expect((await searchSchools('CLICHY', {}, t.db)).map((s) => s.uai)).toEqual(['0932366S']);
    expect((await searchSchools('edgar quinét', {}, t.db)).map((s) => s.uai)).toEqual(['0131935H']);
    expect((await searchSchools('0132408x', {}, t.db))[0]).toMatchObject({
      uai: '0132408X',
      eligible: true,
      registered: false,
    });
  });

  it('keeps only registered schools for pupils, and ignores 1-character queries', async () => {
    expect((await searchSchools('collège', { registeredOnly: true }, t.db)).map((s) => s.uai).sort()).toEqual([
      '0131935H',
      '0931232J',
    ]);
    expect(await searchSchools('c', {}, t.db)).toEqual([]);
  });

  it('treats % and _ as plain characters', async () => {
    expect(await searchSchools('%%', {}, t.db)).toEqual([]);
  });
});
