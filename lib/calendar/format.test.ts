import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatMonth, formatWeek } from './format';

// Vitest runs in Pacific/Noumea (UTC+11): a formatter that forgot Europe/Paris prints another day.
describe('dates of instants, in France’s time', () => {
  // 23:30 UTC on 3 December is 00:30 on 4 December in Paris and 10:30 on 4 December in Nouméa.
  const lateEvening = new Date('2026-12-03T22:30:00Z');
  const afterMidnight = new Date('2026-12-03T23:30:00Z');

  it('writes the long French date of the Paris day', () => {
    expect(formatDate(lateEvening)).toBe('3 décembre 2026');
    expect(formatDate(afterMidnight)).toBe('4 décembre 2026');
    expect(formatDate(new Date('2026-06-01T08:00:00Z'))).toBe('1er juin 2026');
  });

  it('writes the short date and times in Paris', () => {
    expect(formatDate(lateEvening, 'short')).toBe('03/12/2026');
    expect(formatDateTime(lateEvening)).toBe('3 décembre 2026 à 23:30');
    expect(formatDateTime(afterMidnight, 'short')).toBe('04/12/2026 00:30');
  });

  it('says “—” when there is no date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined, 'short')).toBe('—');
  });
});

describe('calendar dates, which never move by a day', () => {
  it('prints the week in French, on the same day despite the runner time zone', () => {
    expect(formatWeek('2019-10-14')).toBe('semaine du 14 octobre 2019');
    expect(formatWeek('2020-12-28')).toBe('semaine du 28 décembre 2020');
    expect(formatDay('2026-12-14', 'short')).toBe('14/12/2026');
  });

  it('writes the first of the month as 1er', () => {
    expect(formatWeek('2020-06-01')).toBe('semaine du 1er juin 2020');
    expect(formatDay('2020-06-01')).toBe('1er juin 2020');
  });

  it('prints the same day in overseas time zones', () => {
    for (const zone of ['Pacific/Tahiti', 'Pacific/Noumea', 'Indian/Reunion', 'America/Cayenne'])
      expect(formatWeek('2019-10-14', zone)).toBe('semaine du 14 octobre 2019');
  });

  it('names the month of a date', () => {
    expect(formatMonth('2026-12-28')).toBe('décembre 2026');
    expect(formatMonth('2027-01-04')).toBe('janvier 2027');
  });
});
