import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { eachWeek } from '@/lib/calendar/weeks';
import {
  CHRISTMAS_WEEK,
  FIRST_WEEK,
  LAST_WEEK,
  TODAY,
  W1,
  W2,
  W4,
  YEAR,
  representative,
  seedDepartmentCalendar,
} from '@/lib/testing/department-calendar';
import type { SessionUser } from '@/lib/auth/types';
import { calendarCsv, calendarCsvFilename } from './calendar-csv';
import { openDepartmentCalendar } from './calendar-queries';

/* The department calendar on the fixture of lib/testing/department-calendar.ts (its comment tells the campaign). */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDepartmentCalendar(t.db);
});
afterAll(() => t.close());

const rep93 = representative('department', '93');
const open = (actor: SessionUser, params: { departement?: string; annee?: string } = {}) =>
  openDepartmentCalendar(actor, params, TODAY, t.db);
async function calendar93(params: { annee?: string } = {}) {
  const opened = await open(rep93, { departement: '93', ...params });
  if (!opened) throw new Error('Calendrier du 93 refusé à son référent');
  return opened.calendar;
}

describe('weeks of the department', () => {
  it('one row per week of the internship window, in order', async () => {
    const { weeks } = await calendar93();
    expect(weeks.map((week) => week.week)).toEqual(eachWeek(FIRST_WEEK, LAST_WEEK));
    expect(weeks).toHaveLength(29);
  });

  it('counts registered schools of the department and their live pupils against its published offers’ seats', async () => {
    const { weeks } = await calendar93();
    const figures = Object.fromEntries(
      weeks
        .filter((week) => week.schools + week.pupils + week.seatsOffered + week.seatsHeld > 0)
        .map(({ week, schools, pupils, seatsOffered, seatsHeld, balance }) => [
          week,
          [schools, pupils, seatsOffered, seatsHeld, balance],
        ]),
    );
    // W1: Anne Frank's two classes (3 + 2 pupils; the pending and the deleted pupil left out; not
    // Camille Claudel, unregistered, nor Marseille), O1's 2 seats (both held) and O2's 1 (a submitted
    // and a cancelled application hold nothing); not O3 (in 13), the draft, nor the suspended organisation's.
    expect(figures).toEqual({
      [W1]: [1, 5, 3, 2, -2],
      [W2]: [2, 7, 2, 0, -5],
      [CHRISTMAS_WEEK]: [1, 4, 0, 0, -4],
      // Held by a pupil of Marseille: the seats of the department's offers, whoever holds them.
      [W4]: [0, 0, 1, 1, 1],
    });
  });

  it('flags the weeks in the zone’s holidays, and those just before them', async () => {
    const calendar = await calendar93();
    expect(calendar).toMatchObject({ zone: 'C', holidaysRecorded: true });
    const holidays = calendar.weeks.filter((week) => week.holiday || week.beforeHoliday);
    expect(holidays.map(({ week, holiday, beforeHoliday }) => [week, holiday ?? `avant : ${beforeHoliday}`])).toEqual([
      ['2030-10-14', 'avant : Vacances de la Toussaint'],
      ['2030-10-21', 'Vacances de la Toussaint'],
      ['2030-10-28', 'Vacances de la Toussaint'],
      ['2030-12-16', 'avant : Vacances de Noël'],
      ['2030-12-23', 'Vacances de Noël'],
      ['2030-12-30', 'Vacances de Noël'],
    ]);
  });

  it('says when the zone has no calendar recorded for the year', async () => {
    const calendar = await calendar93({ annee: String(YEAR + 1) });
    expect(calendar.schoolYear).toBe(YEAR + 1);
    expect(calendar.holidaysRecorded).toBe(false);
    expect(calendar.weeks.every((week) => week.holiday === null && week.beforeHoliday === null)).toBe(true);
    expect(calendar.schools.flatMap((school) => school.classes)).toEqual([]);
  });
});

describe('schools of the department', () => {
  it('lists the registered schools by name, with their classes of the year, pupils and weeks', async () => {
    const { schools } = await calendar93();
    expect(schools.map(({ name, commune, network, classes }) => ({ name, commune, network, classes }))).toEqual([
      {
        name: 'Collège Anne Frank',
        commune: 'Saint-Denis',
        network: 'rep_plus',
        classes: [
          { name: '3e 2', pupils: 3, weeks: [W1, W2] },
          { name: '3e 10', pupils: 2, weeks: [W1] },
        ],
      },
      {
        name: 'Collège Berthe Morisot',
        commune: 'Saint-Denis',
        network: 'rep',
        classes: [
          { name: '3e A', pupils: 4, weeks: [W2, CHRISTMAS_WEEK] },
          { name: '3e B', pupils: 1, weeks: [] },
        ],
      },
      { name: 'Collège Émile Zola', commune: 'Saint-Denis', network: 'rep', classes: [] },
    ]);
    expect(schools[0]!.uai).toMatch(/^093990\dX$/);
  });
});

describe('who sees which department', () => {
  const departmentsOf = async (actor: SessionUser) => (await open(actor))?.departments.map((d) => d.code);

  it('a department’s representative: their department only', async () => {
    expect(await departmentsOf(rep93)).toEqual(['93']);
    expect((await open(rep93))?.calendar.department).toEqual({ code: '93', name: 'Seine-Saint-Denis' });
    expect(await open(rep93, { departement: '75' })).toBeNull();
    expect(await open(rep93, { departement: '13' })).toBeNull();
    expect(await open(rep93, { departement: 'zz' })).toBeNull();
  });

  it('an académie’s or a region’s representative: each department of it, the first by default', async () => {
    expect(await departmentsOf(representative('academy', '24'))).toEqual(['77', '93', '94']);
    const idf = representative('region', '11');
    expect(await departmentsOf(idf)).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect((await open(idf))?.calendar.department.code).toBe('75');
    expect((await open(idf, { departement: '93' }))?.calendar.weeks.find((w) => w.week === W1)?.pupils).toBe(5);
    expect(await open(idf, { departement: '13' })).toBeNull();
  });

  it('a national representative: every department', async () => {
    const national = await open(representative('national', null), { departement: '13' });
    expect(national?.departments.length).toBeGreaterThan(100);
    expect(national?.calendar.schools.map((school) => school.name)).toEqual(['Collège du Vieux-Port']);
  });

  it('nobody else: a ministry’s representative, one awaiting validation, another role', async () => {
    expect(await open(representative('ministry', null), { departement: '93' })).toBeNull();
    expect(await open(representative('department', '93', false), { departement: '93' })).toBeNull();
    expect(await open({ ...rep93, role: 'admin' }, { departement: '93' })).toBeNull();
  });

  it('the year: the campaign of today unless the one before or after is asked for', async () => {
    expect((await open(rep93))?.years).toEqual([YEAR - 1, YEAR, YEAR + 1]);
    expect((await calendar93({ annee: '2019' })).schoolYear).toBe(YEAR);
    expect((await calendar93({ annee: String(YEAR - 1) })).schools[0]!.classes).toEqual([
      { name: '3e Z', pupils: 1, weeks: ['2029-11-19'] },
    ]);
  });
});

describe('CSV export', () => {
  it('the weeks, with French dates, the ISO week and the holidays', async () => {
    const calendar = await calendar93();
    expect(calendarCsvFilename(calendar, 'semaines')).toBe('calendrier-93-2030-2031-semaines.csv');
    const lines = calendarCsv(calendar, 'semaines').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFSemaine (lundi);Semaine ISO;Vacances;Collèges;Élèves;Places offertes;Places prises;Écart',
    );
    expect(lines[1]).toBe('14/10/2030;2030-W42;Avant les vacances de la Toussaint;0;0;0;0;0');
    expect(lines).toContain('18/11/2030;2030-W47;;1;5;3;2;-2');
    expect(lines).toContain('23/12/2030;2030-W52;Vacances de Noël;1;4;0;0;-4');
    expect(lines).toHaveLength(29 + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('the schools, one line per class', async () => {
    const calendar = await calendar93();
    expect(calendarCsvFilename(calendar, 'colleges')).toBe('calendrier-93-2030-2031-colleges.csv');
    const lines = calendarCsv(calendar, 'colleges')
      .split('\r\n')
      .map((line) => line.replace(/0939\d{3}X/, 'UAI'));
    expect(lines).toEqual([
      '\uFEFFUAI;Collège;Commune;Réseau;Classe;Élèves;Semaines de stage (lundi)',
      'UAI;Collège Anne Frank;Saint-Denis;REP+;3e 2;3;18/11/2030, 25/11/2030',
      'UAI;Collège Anne Frank;Saint-Denis;REP+;3e 10;2;18/11/2030',
      'UAI;Collège Berthe Morisot;Saint-Denis;REP;3e A;4;25/11/2030, 23/12/2030',
      'UAI;Collège Berthe Morisot;Saint-Denis;REP;3e B;1;',
      'UAI;Collège Émile Zola;Saint-Denis;REP;;;',
      '',
    ]);
  });

  it('without a recorded calendar, every week says so', async () => {
    const lines = calendarCsv(await calendar93({ annee: String(YEAR + 1) }), 'semaines').split('\r\n');
    expect(lines[1]).toBe('13/10/2031;2031-W42;Calendrier non enregistré;0;0;0;0;0');
  });
});
