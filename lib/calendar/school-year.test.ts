import { describe, expect, it } from 'vitest';
import {
  currentOrUpcomingSchoolYear,
  internshipWindow,
  isInInternshipWindow,
  schoolYearBounds,
  schoolYearLabel,
  schoolYearOf,
  schoolYearOfWeek,
} from './school-year';
import { eachWeek, isoDayOfWeek } from './weeks';

describe('schoolYearOf', () => {
  it('starts the school year on 1 September', () => {
    expect(schoolYearOf('2019-08-31')).toBeNull();
    expect(schoolYearOf('2019-09-01')).toBe(2019);
  });

  it('ends it on 31 May', () => {
    expect(schoolYearOf('2020-05-31')).toBe(2019);
    expect(schoolYearOf('2020-06-01')).toBeNull();
  });

  it('keeps the same school year across 1 January', () => {
    expect(schoolYearOf('2019-12-31')).toBe(2019);
    expect(schoolYearOf('2020-01-01')).toBe(2019);
  });

  it('puts summer dates in no school year, unless the caller asks for the upcoming one', () => {
    expect(schoolYearOf('2020-07-14')).toBeNull();
    expect(currentOrUpcomingSchoolYear('2020-07-14')).toBe(2020);
    expect(currentOrUpcomingSchoolYear('2020-03-02')).toBe(2019);
  });

  it('rejects malformed dates', () => {
    expect(() => schoolYearOf('2020-06')).toThrow(RangeError);
  });
});

describe('the last week of May', () => {
  it('belongs to the school year of its Monday even when it runs into June', () => {
    // 31 May 2021 is a Monday: its week (31 May - 6 June) is the last of 2020-2021.
    expect(isoDayOfWeek('2021-05-31')).toBe(1);
    expect(schoolYearOfWeek('2021-06-04')).toBe(2020);
    // 2020: the week of Monday 25 May holds 31 May; the next week starts in June.
    expect(schoolYearOfWeek('2020-05-31')).toBe(2019);
    expect(schoolYearOfWeek('2020-06-01')).toBeNull();
  });

  it('does not pull the week of Monday 31 August into the new school year', () => {
    expect(schoolYearOfWeek('2020-09-01')).toBeNull();
    expect(schoolYearOfWeek('2020-09-07')).toBe(2020);
  });
});

describe('labels and bounds', () => {
  it('names a school year by both calendar years', () => {
    expect(schoolYearLabel(2019)).toBe('2019-2020');
    expect(schoolYearLabel(2026)).toBe('2026-2027');
  });

  it('bounds it from 1 September to 31 May', () => {
    expect(schoolYearBounds(2019)).toEqual({ startsOn: '2019-09-01', endsOn: '2020-05-31' });
    expect(() => schoolYearBounds(2019.5)).toThrow(RangeError);
  });
});

describe('internshipWindow', () => {
  it('runs from the week containing 15 October to the week containing 30 April', () => {
    // 15 Oct 2019 is a Tuesday -> Monday 14 Oct; 30 Apr 2020 is a Thursday -> Monday 27 Apr.
    expect(internshipWindow(2019)).toEqual({ firstWeek: '2019-10-14', lastWeek: '2020-04-27' });
    // 15 Oct 2023 is a Sunday -> Monday 9 Oct; 30 Apr 2024 is a Tuesday -> Monday 29 Apr.
    expect(internshipWindow(2023)).toEqual({ firstWeek: '2023-10-09', lastWeek: '2024-04-29' });
    // 15 Oct 2018 is a Monday; 30 Apr 2019 is a Tuesday -> Monday 29 Apr.
    expect(internshipWindow(2018)).toEqual({ firstWeek: '2018-10-15', lastWeek: '2019-04-29' });
  });

  it('spans week 53 in long ISO years', () => {
    // 2020-2021: Monday 12 Oct 2020 .. Monday 26 Apr 2021, which includes 2020-W53 (28 Dec).
    const weeks = eachWeek(internshipWindow(2020).firstWeek, internshipWindow(2020).lastWeek);
    expect(weeks[0]).toBe('2020-10-12');
    expect(weeks.at(-1)).toBe('2021-04-26');
    expect(weeks).toContain('2020-12-28');
    // 12 Oct 2020 -> 26 Apr 2021 is 196 days = 28 weeks apart, so 29 Mondays with both ends.
    expect(weeks).toHaveLength(29);
  });

  it('tells whether a week is inside the window', () => {
    expect(isInInternshipWindow('2019-10-13', 2019)).toBe(false);
    expect(isInInternshipWindow('2019-10-17', 2019)).toBe(true);
    expect(isInInternshipWindow('2020-05-01', 2019)).toBe(true);
    expect(isInInternshipWindow('2020-05-04', 2019)).toBe(false);
  });
});
