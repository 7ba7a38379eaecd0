import { describe, expect, it } from 'vitest';
import type { Holiday } from '@/lib/calendar/holidays';
import { suggestedWeeks } from './week-picker-rules';

const CHRISTMAS: Holiday = { name: 'Vacances de Noël', startsOn: '2026-12-19', endsOn: '2027-01-03' };
const week = (
  week: string,
  freeSeats: number,
  theirPupils: number,
  holiday: Holiday | null = null,
  holidayAfter: Holiday | null = null,
) => ({ week, freeSeats, theirPupils, holiday, holidayAfter });

describe('suggestedWeeks', () => {
  it('ranks by free seats per pupil, counting the class’s own pupils, and returns the best three in calendar order', () => {
    const weeks = [
      week('2027-01-11', 60, 100), // 60 / 110
      week('2027-01-18', 10, 0), // 10 / 10: the most seats per pupil, not the most seats
      week('2027-01-25', 30, 20), // 30 / 30
      week('2027-02-01', 20, 90), // 20 / 100
      week('2027-03-01', 45, 35), // 45 / 45
    ];
    expect(suggestedWeeks(weeks, 10)).toEqual(['2027-01-18', '2027-01-25', '2027-03-01']);
  });

  it('never suggests a holiday week, the last week before a holiday, nor a week without a free seat', () => {
    const weeks = [
      week('2026-12-14', 40, 0, null, CHRISTMAS),
      week('2026-12-21', 50, 0, CHRISTMAS),
      week('2027-01-04', 0, 0),
      week('2027-01-11', 1, 40),
      week('2027-01-18', 2, 40),
    ];
    expect(suggestedWeeks(weeks, 5)).toEqual(['2027-01-11', '2027-01-18']);
  });

  it('gives ties to the earlier week, whatever the order given', () => {
    const weeks = [
      week('2027-03-01', 4, 2),
      week('2027-01-11', 2, 0),
      week('2027-02-01', 6, 4),
      week('2027-01-04', 8, 6),
    ];
    // 4/4, 2/2, 6/6 and 8/8 for a class of 2: the three earliest win.
    expect(suggestedWeeks(weeks, 2)).toEqual(['2027-01-04', '2027-01-11', '2027-02-01']);
  });

  it('counts at least one pupil: an empty class on a week nobody chose is not divided by zero', () => {
    const weeks = [
      week('2027-01-04', 2, 0),
      week('2027-01-11', 3, 0),
      week('2027-01-18', 5, 1),
      week('2027-01-25', 4, 0),
    ];
    // 2, 3, 5 and 4 seats per pupil: dividing by zero would have put the three empty weeks first.
    expect(suggestedWeeks(weeks, 0)).toEqual(['2027-01-11', '2027-01-18', '2027-01-25']);
  });

  it('suggests nothing when no week has a free seat', () => {
    expect(suggestedWeeks([week('2027-01-11', 0, 3)], 20)).toEqual([]);
  });
});
