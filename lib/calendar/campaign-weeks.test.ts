import { describe, expect, it } from 'vitest';
import { formatIsoWeek } from './weeks';
import { checkCampaignWeeks, selectableWeeks, WEEK_REFUSALS, weekRefusal } from './campaign-weeks';

describe('internship weeks of a class or an offer (campaign 2026-2027: weeks of 12 October 2026 to 26 April 2027)', () => {
  const today = '2026-11-28';

  it('offers the future Mondays of the window only, week 53 included', () => {
    const weeks = selectableWeeks(2026, today);
    expect(weeks[0]).toBe('2026-11-30');
    expect(weeks.at(-1)).toBe('2027-04-26');
    expect(weeks).toContain('2026-12-28');
    expect(formatIsoWeek('2026-12-28')).toBe('2026-W53');
    // Before the campaign starts, the whole window: 12 Oct 2026 to 26 Apr 2027 is 29 weeks.
    expect(selectableWeeks(2026, '2026-09-01')).toHaveLength(29);
  });

  it('refuses a week outside mid-October to end of April, with the reason', () => {
    expect(weekRefusal('2027-08-02', 2026, today)).toBe(WEEK_REFUSALS.outsideWindow);
    expect(weekRefusal('2027-05-03', 2026, today)).toBe(WEEK_REFUSALS.outsideWindow);
    expect(weekRefusal('2026-10-05', 2026, '2026-09-01')).toBe(WEEK_REFUSALS.outsideWindow);
  });

  it('refuses a past week and the week in progress, and anything that is not a Monday', () => {
    expect(weekRefusal('2026-11-16', 2026, today)).toBe(WEEK_REFUSALS.past);
    expect(weekRefusal('2026-11-23', 2026, today)).toBe(WEEK_REFUSALS.past);
    expect(weekRefusal('2026-11-30', 2026, '2026-11-30')).toBe(WEEK_REFUSALS.past);
    expect(weekRefusal('2026-12-02', 2026, today)).toBe(WEEK_REFUSALS.invalid);
    expect(weekRefusal('2026-02-30', 2026, today)).toBe(WEEK_REFUSALS.invalid);
    expect(weekRefusal('semaine 50', 2026, today)).toBe(WEEK_REFUSALS.invalid);
    expect(weekRefusal('2026-12-07', 2026, today)).toBeNull();
  });

  it('keeps recorded past weeks, adds valid new ones, and ignores duplicates', () => {
    const recorded = ['2026-11-16', '2027-01-11'];
    expect(
      checkCampaignWeeks(['2027-02-01', '2027-02-01', '2026-12-28'], { schoolYear: 2026, today, recorded }),
    ).toEqual({
      ok: true,
      // The past week of 16 November stays; 11 January, unchecked, goes.
      weeks: ['2026-11-16', '2026-12-28', '2027-02-01'],
    });
    // A past week that was recorded may be sent back unchanged.
    expect(checkCampaignWeeks(['2026-11-16'], { schoolYear: 2026, today, recorded })).toEqual({
      ok: true,
      weeks: ['2026-11-16'],
    });
  });

  it('refuses the whole choice when one week is wrong', () => {
    expect(checkCampaignWeeks(['2027-02-01', '2027-08-02'], { schoolYear: 2026, today, recorded: [] })).toEqual({
      ok: false,
      message: WEEK_REFUSALS.outsideWindow,
    });
    expect(checkCampaignWeeks(['2026-11-09'], { schoolYear: 2026, today, recorded: [] })).toEqual({
      ok: false,
      message: WEEK_REFUSALS.past,
    });
  });

  it('refuses, for a class, a week in the holidays of its zone, and keeps a recorded past one', () => {
    const holidays = [{ name: 'Vacances de Noël', startsOn: '2026-12-19', endsOn: '2027-01-03' }];
    expect(
      checkCampaignWeeks(['2027-01-11', '2026-12-28'], { schoolYear: 2026, today, recorded: [], holidays }),
    ).toEqual({
      ok: false,
      message:
        'La semaine du 28 décembre 2026 tombe pendant les vacances de Noël de votre collège : choisissez une semaine de classe.',
    });
    expect(checkCampaignWeeks(['2026-12-14'], { schoolYear: 2026, today, recorded: [], holidays })).toEqual({
      ok: true,
      weeks: ['2026-12-14'],
    });
  });
});
