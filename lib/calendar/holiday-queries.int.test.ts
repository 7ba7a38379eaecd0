import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { schools } from '@/db/schema';
import { departmentCalendar, schoolCalendar } from './holiday-queries';
import { holidayAfterWeek, holidayOfWeek } from './holidays';

/*
 * Each school reads the calendar of its académie's zone from the seeded reference data
 * (db/seed/data/holidays.ts), school year 2025-2026, in which every zone below has one.
 */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await t.db
    .insert(schools)
    .values(
      SCHOOLS.map(([uai, departmentCode]) => ({ uai, name: `Collège ${uai}`, commune: 'Commune', departmentCode })),
    );
});
afterAll(() => t.close());

/** [UAI, department, zone, last school week before the winter break, first week of that break] */
const SCHOOLS = [
  ['0690001A', '69', 'A', '2026-02-02', '2026-02-09'], // Lyon
  ['0130001B', '13', 'B', '2026-02-09', '2026-02-16'], // Marseille
  ['0930001C', '93', 'C', '2026-02-16', '2026-02-23'], // Seine-Saint-Denis
  ['6200001D', '2A', 'corse', '2026-02-09', '2026-02-16'], // Corse-du-Sud
  ['9720001E', '972', 'martinique', '2026-02-02', '2026-02-09'], // carnival holidays
] as const;

const idOf = async (uai: string) =>
  (await t.db.query.schools.findFirst({ where: (school, { eq }) => eq(school.uai, uai) }))!.id;

describe('the holiday calendar of a school', () => {
  it.each(SCHOOLS)(
    '%s (%s): zone %s, the week before the winter break is flagged',
    async (uai, _dep, zone, before, during) => {
      const calendar = (await schoolCalendar(t.db, await idOf(uai), 2025))!;
      expect(calendar.zone).toBe(zone);
      expect(holidayAfterWeek(before, calendar.holidays)).toMatchObject({ startsOn: expect.any(String) });
      expect(holidayOfWeek(during, calendar.holidays)).not.toBeNull();
      // Two weeks earlier is an ordinary school week.
      const ordinary = new Date(Date.parse(`${before}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
      expect(holidayOfWeek(ordinary, calendar.holidays)).toBeNull();
      expect(holidayAfterWeek(ordinary, calendar.holidays)).toBeNull();
    },
  );

  it('puts La Réunion on its austral calendar: January is still the summer break', async () => {
    const calendar = (await departmentCalendar(t.db, '974', 2025))!;
    expect(calendar.zone).toBe('reunion');
    expect(holidayOfWeek('2026-01-12', calendar.holidays)?.name).toBe("Vacances de l'été austral");
    expect(holidayAfterWeek('2025-12-15', calendar.holidays)?.name).toBe("Vacances de l'été austral");
  });

  it('returns an empty calendar for a year not yet entered, and null for an unknown department', async () => {
    expect(await departmentCalendar(t.db, '971', 2026)).toEqual({ zone: 'guadeloupe', holidays: [] });
    expect(await departmentCalendar(t.db, '99', 2026)).toBeNull();
  });
});
