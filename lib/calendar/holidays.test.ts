import { describe, expect, it } from 'vitest';
import { holidayAfterWeek, holidayOfWeek, holidayWeekRefusal, type Holiday } from './holidays';

// Zone C, 2026-2027: classes stop on Saturday 19 December, resume on Monday 4 January.
const CHRISTMAS: Holiday = { name: 'Vacances de Noël', startsOn: '2026-12-19', endsOn: '2027-01-03' };
// A break starting on a Wednesday (an overseas calendar, say): the week it starts in is a holiday week.
const MIDWEEK: Holiday = { name: 'Vacances de carnaval', startsOn: '2027-02-10', endsOn: '2027-02-17' };
const HOLIDAYS = [CHRISTMAS, MIDWEEK];

describe('holidayOfWeek', () => {
  it('finds the period a week overlaps, by any school day', () => {
    expect(holidayOfWeek('2026-12-21', HOLIDAYS)).toBe(CHRISTMAS);
    expect(holidayOfWeek('2026-12-28', HOLIDAYS)).toBe(CHRISTMAS);
    expect(holidayOfWeek('2027-02-08', HOLIDAYS)).toBe(MIDWEEK);
    expect(holidayOfWeek('2027-02-15', HOLIDAYS)).toBe(MIDWEEK);
  });

  it('leaves the weeks on either side, whose weekend only touches the holidays', () => {
    expect(holidayOfWeek('2026-12-14', HOLIDAYS)).toBeNull();
    expect(holidayOfWeek('2027-01-04', HOLIDAYS)).toBeNull();
    expect(holidayOfWeek('2027-02-22', HOLIDAYS)).toBeNull();
  });

  it('finds nothing without a calendar', () => {
    expect(holidayOfWeek('2026-12-21', [])).toBeNull();
  });
});

describe('holidayAfterWeek', () => {
  it('flags the last school week before a break', () => {
    expect(holidayAfterWeek('2026-12-14', HOLIDAYS)).toBe(CHRISTMAS);
    expect(holidayAfterWeek('2027-02-01', HOLIDAYS)).toBe(MIDWEEK);
  });

  it('flags neither a holiday week nor an ordinary one', () => {
    expect(holidayAfterWeek('2026-12-21', HOLIDAYS)).toBeNull();
    expect(holidayAfterWeek('2026-12-07', HOLIDAYS)).toBeNull();
    expect(holidayAfterWeek('2027-01-04', HOLIDAYS)).toBeNull();
  });
});

it('names the holiday in the refusal, inside the sentence', () => {
  expect(holidayWeekRefusal('2026-12-21', CHRISTMAS)).toBe(
    'La semaine du 21 décembre 2026 tombe pendant les vacances de Noël de votre collège : choisissez une semaine de classe.',
  );
});
