import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWeeks,
  eachWeek,
  formatIsoWeek,
  isIsoDate,
  isoDayOfWeek,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  mondayOfIsoWeek,
  parisMidnight,
  parseIsoWeek,
  todayInParis,
  weeksBetween,
} from './weeks';

describe('the test runner', () => {
  it('runs in a foreign time zone, so these tests catch local-time slips', () => {
    expect(process.env.TZ).toBe('Pacific/Noumea');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-9-1')).toBe(false);
    expect(isIsoDate('2019-09-01T00:00:00Z')).toBe(false);
  });

  it('makes every helper throw on malformed input', () => {
    expect(() => isoWeekMonday('14/10/2019')).toThrow(RangeError);
    expect(() => addDays('2019-02-30', 1)).toThrow(RangeError);
  });
});

describe('isoWeekMonday', () => {
  it('returns the Monday of the week, Monday to Sunday', () => {
    expect(isoWeekMonday('2019-10-14')).toBe('2019-10-14');
    expect(isoWeekMonday('2019-10-16')).toBe('2019-10-14');
    expect(isoWeekMonday('2019-10-20')).toBe('2019-10-14');
    expect(isoWeekMonday('2019-10-21')).toBe('2019-10-21');
  });

  it('crosses month and year boundaries', () => {
    expect(isoWeekMonday('2020-01-01')).toBe('2019-12-30');
    expect(isoWeekMonday('2021-01-03')).toBe('2020-12-28');
    expect(isoWeekMonday('2020-03-01')).toBe('2020-02-24');
  });

  it('numbers days the ISO way', () => {
    expect(isoDayOfWeek('2019-10-14')).toBe(1);
    expect(isoDayOfWeek('2019-10-20')).toBe(7);
  });
});

describe('isoWeekOf', () => {
  it('gives the week of an ordinary date', () => {
    expect(isoWeekOf('2019-10-14')).toEqual({ year: 2019, week: 42 });
  });

  it('puts early January in the previous ISO year when the week started in December', () => {
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
  });

  it('puts late December in the next ISO year when the week ends in January', () => {
    expect(isoWeekOf('2019-12-30')).toEqual({ year: 2020, week: 1 });
    expect(isoWeekOf('2019-12-29')).toEqual({ year: 2019, week: 52 });
  });
});

describe('week 53', () => {
  it('exists only in long ISO years', () => {
    expect(isoWeeksInYear(2015)).toBe(53);
    expect(isoWeeksInYear(2019)).toBe(52);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2021)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
  });

  it('starts on 28 December in 2020 and 2026', () => {
    expect(mondayOfIsoWeek(2020, 53)).toBe('2020-12-28');
    expect(mondayOfIsoWeek(2026, 53)).toBe('2026-12-28');
    expect(addWeeks(mondayOfIsoWeek(2020, 53), 1)).toBe(mondayOfIsoWeek(2021, 1));
  });

  it('is refused in a 52-week year', () => {
    expect(() => mondayOfIsoWeek(2021, 53)).toThrow(RangeError);
    expect(() => mondayOfIsoWeek(2019, 0)).toThrow(RangeError);
  });
});

describe('mondayOfIsoWeek', () => {
  it('inverts isoWeekOf', () => {
    expect(mondayOfIsoWeek(2019, 42)).toBe('2019-10-14');
    expect(mondayOfIsoWeek(2020, 1)).toBe('2019-12-30');
    expect(mondayOfIsoWeek(2021, 1)).toBe('2021-01-04');
  });

  it('round-trips every week of several years', () => {
    for (const year of [2019, 2020, 2021, 2026, 2027]) {
      for (let week = 1; week <= isoWeeksInYear(year); week++) {
        expect(isoWeekOf(mondayOfIsoWeek(year, week))).toEqual({ year, week });
      }
    }
  });
});

describe('addWeeks and weeksBetween', () => {
  it('add whole weeks across DST changes and year ends', () => {
    // Europe/Paris changes time on 27 October 2019 and 29 March 2020; UTC arithmetic ignores it.
    expect(addWeeks('2019-10-21', 1)).toBe('2019-10-28');
    expect(addWeeks('2020-03-23', 1)).toBe('2020-03-30');
    expect(addWeeks('2020-12-21', 2)).toBe('2021-01-04');
    expect(addWeeks('2019-10-14', -1)).toBe('2019-10-07');
  });

  it('count weeks between the weeks of two dates, signed', () => {
    expect(weeksBetween('2019-10-14', '2019-10-14')).toBe(0);
    expect(weeksBetween('2019-10-20', '2019-10-21')).toBe(1);
    expect(weeksBetween('2020-12-28', '2021-01-04')).toBe(1);
    expect(weeksBetween('2019-10-14', '2020-04-27')).toBe(28);
    expect(weeksBetween('2020-04-27', '2019-10-14')).toBe(-28);
  });

  it('list the Mondays of a range, both ends included', () => {
    expect(eachWeek('2020-12-21', '2021-01-06')).toEqual(['2020-12-21', '2020-12-28', '2021-01-04']);
    expect(eachWeek('2021-01-06', '2020-12-21')).toEqual([]);
  });
});

describe('formatting', () => {
  it('gives the ISO notation with the ISO year', () => {
    expect(formatIsoWeek('2021-01-03')).toBe('2020-W53');
    expect(formatIsoWeek('2019-10-14')).toBe('2019-W42');
  });
});

describe('parseIsoWeek (the partner API’s weeks)', () => {
  it('gives the Monday of W01 and W53, across the calendar year', () => {
    // 2020-W01 starts on Monday 30 December 2019; 2026-W01 on 29 December 2025.
    expect(parseIsoWeek('2020-W01')).toBe('2019-12-30');
    expect(parseIsoWeek('2026-W01')).toBe('2025-12-29');
    // 2020 and 2026 are long years: their week 53 ends in January.
    expect(parseIsoWeek('2020-W53')).toBe('2020-12-28');
    expect(parseIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(parseIsoWeek('2026-W45')).toBe('2026-11-02');
    expect(formatIsoWeek(parseIsoWeek('2026-W53')!)).toBe('2026-W53');
  });

  it('refuses a week the year lacks and anything not written YYYY-Www', () => {
    for (const value of [
      '2025-W53',
      '2026-W54',
      '2026-W00',
      '2026-W5',
      '2026W45',
      '2020-Wsem9-23',
      '2026-11-02',
      ' 2026-W45',
      '',
    ])
      expect(parseIsoWeek(value), value).toBeNull();
  });
});

describe('todayInParis', () => {
  it('follows the French calendar day, not the server’s', () => {
    // 23:30 UTC in winter is already 00:30 the next day in Paris.
    expect(todayInParis(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29');
    // Summer time: UTC+2.
    expect(todayInParis(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInParis(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});

describe('parisMidnight', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer, including the days the clocks change', () => {
    expect(parisMidnight('2027-01-12').toISOString()).toBe('2027-01-11T23:00:00.000Z');
    expect(parisMidnight('2027-06-15').toISOString()).toBe('2027-06-14T22:00:00.000Z');
    // Clocks go forward at 2 a.m. on 28 March 2027 and back at 3 a.m. on 31 October 2027.
    expect(parisMidnight('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(parisMidnight('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z');
  });
});
