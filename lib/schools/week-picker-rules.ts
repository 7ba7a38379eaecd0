import type { Holiday } from '@/lib/calendar/holidays';
import type { HolidayZone } from '@/lib/calendar/labels';
import type { IsoDate } from '@/lib/calendar/weeks';

/*
 * The head's choice of a class's internship weeks (issue 12, technical note III.2): for each week of
 * the campaign, the zone's holidays, the neighbouring collèges that already chose it, and the seats
 * still free around the school, so that neighbours spread over the year and each week finds hosts.
 * Pure and client-safe: week-picker-queries.ts fills it, components/classes shows it.
 */

/** One week the class may still take, with what the head weighs. */
export interface PickerWeek {
  week: IsoDate;
  /** The holidays of the school's zone the week falls in: no internship then. */
  holiday: Holiday | null;
  /** The holidays that start right after the week: its last school week, to avoid. */
  holidayAfter: Holiday | null;
  /** Other registered collèges within the radius with a class taking that week. */
  otherSchools: number;
  /** The live pupils of those classes. */
  theirPupils: number;
  /** Seats still free that week in the offers within the radius this school's pupils may take. */
  freeSeats: number;
  /** Among the SUGGESTED_WEEKS best weeks (suggestedWeeks). */
  suggested: boolean;
}

export interface WeekPicker {
  schoolYear: number;
  zone: HolidayZone;
  /** False while the zone's holidays for the school year are not recorded: the page says so. */
  calendarPublished: boolean;
  /** False for a school without coordinates: nothing can be counted around it. */
  located: boolean;
  radiusKm: number;
  /** Live pupils of the class being edited. */
  classPupils: number;
  weeks: PickerWeek[];
}

export const SUGGESTED_WEEKS = 3;

/**
 * The SUGGESTED_WEEKS weeks with the most free seats per pupil looking for one, in calendar order:
 * the pupils of the nearby classes already on the week plus the class's own (at least one). Never a
 * holiday week, the last week before a holiday (the technical note asks to avoid it), nor a week
 * without a free seat; ties go to the earlier week. Ratios are compared by
 * cross-multiplying, so equal ratios are equal (no floating-point rounding decides).
 */
export function suggestedWeeks(
  weeks: readonly Pick<PickerWeek, 'week' | 'holiday' | 'holidayAfter' | 'freeSeats' | 'theirPupils'>[],
  classPupils: number,
): IsoDate[] {
  return weeks
    .filter((entry) => entry.holiday === null && entry.holidayAfter === null && entry.freeSeats > 0)
    .map((entry) => ({
      week: entry.week,
      seats: entry.freeSeats,
      pupils: Math.max(1, entry.theirPupils + classPupils),
    }))
    .sort((a, b) => b.seats * a.pupils - a.seats * b.pupils || a.week.localeCompare(b.week))
    .slice(0, SUGGESTED_WEEKS)
    .map((entry) => entry.week)
    .sort();
}
