import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, schools } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { setNationalSearch, setSearchRadius } from './search-settings-mutations';
import { getSearchSettings } from './search-settings-queries';

// Thursday 3 December 2026, campaign 2026-2027: national search may open since 25 September.
const now = new Date('2026-12-03T09:00:00Z');
const school = demoId(101);
let t: TestDb;
let head: SessionUser, teacher: SessionUser, headMarseille: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
  const load = async (id: string) => (await loadSessionUser(id, t.db))!;
  [head, teacher, headMarseille] = [
    await load(PEOPLE.head.id),
    await load(PEOPLE.teacher.id),
    await load(PEOPLE.headMarseille.id),
  ];
});
afterAll(() => t.close());

const row = async (id = school) =>
  (
    await t.db
      .select({
        radiusKm: schools.searchRadiusKm,
        openedAt: schools.nationalSearchOpenedAt,
        openedBy: schools.nationalSearchOpenedBy,
      })
      .from(schools)
      .where(eq(schools.id, id))
  )[0]!;
const audited = async (action: string) =>
  (
    await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.targetId, school)))
  ).map((entry) => ({ actorId: entry.actorId, details: entry.details }));

describe('the pupils’ search area of a school', () => {
  it('is 60 km without national search until the head changes it; staff see it, others do not', async () => {
    expect(await getSearchSettings(teacher, t.db)).toEqual({ radiusKm: 60, nationalSearch: null });
    expect(await getSearchSettings(headMarseille, t.db)).toMatchObject({ radiusKm: 60 });
    const pupil = (await loadSessionUser(demoId(21), t.db))!;
    expect(await getSearchSettings(pupil, t.db)).toBeNull();
  });

  it('takes the radius the head chooses, audited with the old and new values', async () => {
    expect(await setSearchRadius(head, { radiusKm: 30 }, t.db)).toEqual({ ok: true, data: undefined });
    expect((await row()).radiusKm).toBe(30);
    expect(await audited('school.search_radius_changed')).toEqual([
      { actorId: PEOPLE.head.id, details: { from: 60, to: 30 } },
    ]);
    // The same radius again is no change: nothing more in the journal.
    await setSearchRadius(head, { radiusKm: 30 }, t.db);
    expect(await audited('school.search_radius_changed')).toHaveLength(1);
  });

  it('refuses staff and the head of another school, which changes only their own', async () => {
    const refused = { ok: false, code: 'FORBIDDEN' };
    expect(await setSearchRadius(teacher, { radiusKm: 10 }, t.db)).toMatchObject(refused);
    expect(await setNationalSearch(teacher, true, now, t.db)).toMatchObject(refused);
    expect(await setNationalSearch(teacher, false, now, t.db)).toMatchObject(refused);
    expect(await row()).toEqual({ radiusKm: 30, openedAt: null, openedBy: null });
    // The other head's actions reach their own school (the form names none), never this one.
    await setSearchRadius(headMarseille, { radiusKm: 100 }, t.db);
    expect((await row()).radiusKm).toBe(30);
    await setNationalSearch(headMarseille, true, now, t.db);
    expect(await row()).toEqual({ radiusKm: 30, openedAt: null, openedBy: null });
    expect(await row(demoId(104))).toEqual({ radiusKm: 100, openedAt: now, openedBy: PEOPLE.headMarseille.id });
  });

  it('opens national search only from 25 September, saying from which date', async () => {
    const september = new Date('2026-09-24T12:00:00Z');
    expect(await setNationalSearch(head, true, september, t.db)).toEqual({
      ok: false,
      code: 'VALIDATION',
      message:
        'La recherche nationale peut être ouverte à partir du 25 septembre 2026 : jusque-là, les élèves cherchent dans le rayon choisi autour du collège.',
      fieldErrors: undefined,
    });
    expect((await row()).openedAt).toBeNull();
  });

  it('records when and by whom it was opened; opening it again keeps the first opening', async () => {
    expect(await setNationalSearch(head, true, now, t.db)).toEqual({ ok: true, data: undefined });
    expect(await getSearchSettings(teacher, t.db)).toEqual({
      radiusKm: 30,
      nationalSearch: { openedAt: now, openedBy: 'Nadia Belkacem' },
    });
    await setNationalSearch(head, true, new Date('2026-12-10T09:00:00Z'), t.db);
    expect((await row()).openedAt).toEqual(now);
    expect(await audited('school.national_search_opened')).toHaveLength(1);
  });

  it('closes back to the radius at any time; opened again later, it records the new opening', async () => {
    expect(await setNationalSearch(head, false, now, t.db)).toEqual({ ok: true, data: undefined });
    expect(await row()).toEqual({ radiusKm: 30, openedAt: null, openedBy: null });
    await setNationalSearch(head, false, now, t.db);
    expect(await audited('school.national_search_closed')).toHaveLength(1);
    const later = new Date('2027-01-05T08:00:00Z');
    await setNationalSearch(head, true, later, t.db);
    expect(await row()).toMatchObject({ openedAt: later, openedBy: PEOPLE.head.id });
    expect(await audited('school.national_search_opened')).toHaveLength(2);
  });
});
