import { describe, expect, it } from 'vitest';
import type { Holiday } from '@/lib/calendar/holidays';
import {
  barPercent,
  calendarParam,
  calendarWeeks,
  calendarYear,
  calendarYears,
  chosenDepartment,
  departmentLabel,
  weekHolidayNote,
} from './calendar';

const CHRISTMAS: Holiday = { name: 'Vacances de Noël', startsOn: '2026-12-19', endsOn: '2027-01-03' };
const [SEINE_SAINT_DENIS, VAL_DE_MARNE] = [
  { code: '93', name: 'Seine-Saint-Denis' },
  { code: '94', name: 'Val-de-Marne' },
];

describe('calendarWeeks', () => {
  const weeks = ['2026-12-14', '2026-12-21', '2027-01-04'];

  it('gives every week a row, zeros where nothing was counted, and the balance of seats over pupils', () => {
    const rows = calendarWeeks(
      weeks,
      [CHRISTMAS],
      new Map([
        ['2026-12-14', { schools: 2, pupils: 40, seatsOffered: 25, seatsHeld: 10 }],
        ['2027-01-04', { seatsOffered: 3 }],
      ]),
    );
    expect(rows).toEqual([
      {
        week: '2026-12-14',
        holiday: null,
        beforeHoliday: 'Vacances de Noël',
        schools: 2,
        pupils: 40,
        seatsOffered: 25,
        seatsHeld: 10,
        balance: -15,
      },
      {
        week: '2026-12-21',
        holiday: 'Vacances de Noël',
        beforeHoliday: null,
        schools: 0,
        pupils: 0,
        seatsOffered: 0,
        seatsHeld: 0,
        balance: 0,
      },
      {
        week: '2027-01-04',
        holiday: null,
        beforeHoliday: null,
        schools: 0,
        pupils: 0,
        seatsOffered: 3,
        seatsHeld: 0,
        balance: 3,
      },
    ]);
  });

  it('flags no week without a calendar', () => {
    expect(calendarWeeks(weeks, [], new Map()).map((row) => [row.holiday, row.beforeHoliday])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('weekHolidayNote', () => {
  const [before, during, after] = calendarWeeks(['2026-12-14', '2026-12-21', '2027-01-04'], [CHRISTMAS], new Map());

  it('names the holiday, or the one the week comes just before', () => {
    expect([before, during, after].map((week) => weekHolidayNote(week!, true))).toEqual([
      'Avant les vacances de Noël',
      'Vacances de Noël',
      null,
    ]);
  });

  it('says the calendar is missing rather than leave the week blank', () => {
    expect(weekHolidayNote(after!, false)).toBe('Calendrier non enregistré');
  });
});

describe('the department and year asked for', () => {
  it('the first department covered by default, one asked for only if covered', () => {
    expect(chosenDepartment([SEINE_SAINT_DENIS, VAL_DE_MARNE], undefined)).toBe(SEINE_SAINT_DENIS);
    expect(chosenDepartment([SEINE_SAINT_DENIS, VAL_DE_MARNE], '')).toBe(SEINE_SAINT_DENIS);
    expect(chosenDepartment([SEINE_SAINT_DENIS, VAL_DE_MARNE], '94')).toBe(VAL_DE_MARNE);
    expect(chosenDepartment([SEINE_SAINT_DENIS], '75')).toBeNull();
    expect(chosenDepartment([], undefined)).toBeNull();
  });

  it('the campaign of today, or the one before or after', () => {
    expect(calendarYears('2026-11-28')).toEqual([2025, 2026, 2027]);
    // In the summer, the campaign being prepared.
    expect(calendarYears('2027-07-14')).toEqual([2026, 2027, 2028]);
    expect(calendarYear('2027', '2026-11-28')).toBe(2027);
    expect(calendarYear('2025', '2026-11-28')).toBe(2025);
    expect(calendarYear('2019', '2026-11-28')).toBe(2026);
    expect(calendarYear('abc', '2026-11-28')).toBe(2026);
    expect(calendarYear(undefined, '2026-11-28')).toBe(2026);
  });

  it('reads the first value of a repeated parameter', () => {
    expect(calendarParam({ departement: ['93', '75'] }, 'departement')).toBe('93');
    expect(calendarParam({ annee: '2026' }, 'annee')).toBe('2026');
    expect(calendarParam({}, 'tableau')).toBeUndefined();
  });

  it('names the department as the dashboards do', () => {
    expect(departmentLabel(SEINE_SAINT_DENIS)).toBe('Seine-Saint-Denis (93)');
  });
});

describe('barPercent', () => {
  it('scales on the largest figure, never below zero, and draws nothing for an empty table', () => {
    expect(barPercent(40, 40)).toBe(100);
    expect(barPercent(25, 40)).toBe(63);
    expect(barPercent(-3, 40)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
  });
});
