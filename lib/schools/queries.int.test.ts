import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { eq } from 'drizzle-orm';
import * as schema from '@/db/schema';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import { getSchoolOverview, searchSchools } from './queries';

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
      '0931184G',
      '0931232J',
    ]);
    expect(await searchSchools('c', {}, t.db)).toEqual([]);
  });

  it('treats % and _ as plain characters', async () => {
    expect(await searchSchools('%%', {}, t.db)).toEqual([]);
  });
});

describe('school dashboard', () => {
  it('counts classes of the campaign, pupils, authorised pupils, staff and join requests of the actor’s school only', async () => {
    const head = (await loadSessionUser(PEOPLE.head.id, t.db))!;
    const overview = await getSchoolOverview(head, 2026, t.db);
    // Demo: 3e A and 3e B; 6 pupils, 5 with consent; the head and the main teacher.
    expect(overview).toMatchObject({
      name: 'Collège Henri Barbusse',
      network: 'rep',
      classes: 2,
      pupils: 6,
      pupilsWithConsent: 5,
      completedInternships: 0,
      staff: 2,
      pendingJoinRequests: 0,
    });
    // Inès's internship (the demo's convention) recorded completed after its week: counted in its
    // campaign, not in the next one.
    await t.db
      .update(schema.agreements)
      .set({ outcome: 'completed', outcomeAt: new Date('2027-01-20T10:00:00Z') })
      .where(eq(schema.agreements.id, demoId(601)));
    expect(await getSchoolOverview(head, 2026, t.db)).toMatchObject({ completedInternships: 1 });
    expect(await getSchoolOverview(head, 2027, t.db)).toMatchObject({ completedInternships: 0 });
    expect(await getSchoolOverview({ ...head, staffRole: undefined, schoolId: undefined }, 2026, t.db)).toBeNull();
  });
});
