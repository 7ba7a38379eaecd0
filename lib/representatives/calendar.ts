import { holidayAfterWeek, holidayOfWeek, type Holiday } from '@/lib/calendar/holidays';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { HolidayZone } from '@/lib/calendar/labels';
import type { IsoDate } from '@/lib/calendar/weeks';
import type { SchoolNetwork } from '@/lib/schools/labels';
import { scopeLabel } from './rules';

/*
 * The department calendar of the state representatives (/pilotage/calendrier): per internship week,
 * the pupils of the department's registered schools against the seats its offers propose. Pure and
 * client-safe: calendar-queries.ts reads the figures, the page and calendar-csv.ts show them.
 * Aggregates and school names only, never a pupil.
 */

export interface CalendarDepartment {
  code: string;
  name: string;
}

export interface CalendarWeek {
  /** The week's Monday. */
  week: IsoDate;
  /** The holiday of the department's zone the week overlaps, or null (also when no calendar is recorded). */
  holiday: string | null;
  /** The holiday that starts right after this week (its last school week, best avoided), or null. */
  beforeHoliday: string | null;
  /** Registered schools of the department with a class taking its internship that week. */
  schools: number;
  /** Their pupils in those classes. */
  pupils: number;
  /** Seats per week of the published offers of the department proposing the week. */
  seatsOffered: number;
  /** Seats of those offers held that week (applications accepted or confirmed). */
  seatsHeld: number;
  /** Seats offered less pupils: negative when the week lacks seats. */
  balance: number;
}

export interface CalendarClass {
  name: string;
  pupils: number;
  /** Mondays of the chosen internship weeks, in order. */
  weeks: IsoDate[];
}

export interface CalendarSchool {
  id: string;
  name: string;
  commune: string;
  uai: string;
  network: SchoolNetwork;
  classes: CalendarClass[];
}

export interface DepartmentCalendar {
  department: CalendarDepartment;
  schoolYear: number;
  zone: HolidayZone;
  /** False when no holiday period of the zone is recorded for the year: the weeks are then not flagged. */
  holidaysRecorded: boolean;
  weeks: CalendarWeek[];
  schools: CalendarSchool[];
}

export interface WeekCounts {
  schools: number;
  pupils: number;
  seatsOffered: number;
  seatsHeld: number;
}

/** One row per week of the campaign, zeros included, with its holiday and balance. */
export function calendarWeeks(
  weeks: readonly IsoDate[],
  holidays: readonly Holiday[],
  counts: ReadonlyMap<IsoDate, Partial<WeekCounts>>,
): CalendarWeek[] {
  return weeks.map((week) => {
    const { schools = 0, pupils = 0, seatsOffered = 0, seatsHeld = 0 } = counts.get(week) ?? {};
    return {
      week,
      holiday: holidayOfWeek(week, holidays)?.name ?? null,
      beforeHoliday: holidayAfterWeek(week, holidays)?.name ?? null,
      schools,
      pupils,
      seatsOffered,
      seatsHeld,
      balance: seatsOffered - pupils,
    };
  });
}

/** The page's or the export's search parameters, as Next.js gives them. */
export type CalendarParams = Record<string, string | string[] | undefined>;

/** One parameter's value (the first when repeated), or undefined. */
export function calendarParam(params: CalendarParams, name: 'departement' | 'annee' | 'tableau'): string | undefined {
  return [params[name]].flat()[0];
}

/** The school years a representative may look at: the campaign of `today`, the one before and the one after. */
export function calendarYears(today: IsoDate): number[] {
  const current = currentOrUpcomingSchoolYear(today);
  return [current - 1, current, current + 1];
}

/** The `?annee=` asked for when it is one of calendarYears, otherwise the campaign of `today`. */
export function calendarYear(requested: string | undefined, today: IsoDate): number {
  const years = calendarYears(today);
  return years.find((year) => String(year) === requested) ?? years[1]!;
}

/**
 * The department to show: the one asked for (`?departement=`) if the representative covers it, the
 * first they cover when none is asked for, and null for one outside their territory (never a
 * fallback: a URL naming another department must not pass for theirs).
 */
export function chosenDepartment(
  covered: readonly CalendarDepartment[],
  requested: string | undefined,
): CalendarDepartment | null {
  if (requested === undefined || requested === '') return covered[0] ?? null;
  return covered.find((department) => department.code === requested) ?? null;
}

/** A bar's length, in percent of the largest figure of the table (0 when the table is all zeros). */
export function barPercent(value: number, largest: number): number {
  return largest > 0 ? Math.round((Math.max(0, value) / largest) * 100) : 0;
}

/** "Seine-Saint-Denis (93)". */
export function departmentLabel(department: CalendarDepartment): string {
  return scopeLabel({ level: 'department', ...department });
}

/** The week table's column names, on the page and in its CSV export. */
export const WEEK_COLUMNS = {
  week: 'Semaine',
  holiday: 'Vacances',
  schools: 'Collèges',
  pupils: 'Élèves',
  seatsOffered: 'Places offertes',
  seatsHeld: 'Places prises',
  balance: 'Écart',
} as const;

/** Said of every week when the zone's holidays are not recorded for the year: unknown, not free. */
export const HOLIDAYS_NOT_RECORDED = 'Calendrier non enregistré';

/**
 * What the Vacances column says of a week: the holiday it falls in, the holiday it comes just before
 * ("Avant les vacances de Noël", a week the technical note asks to avoid), or null.
 */
export function weekHolidayNote(week: CalendarWeek, holidaysRecorded: boolean): string | null {
  if (!holidaysRecorded) return HOLIDAYS_NOT_RECORDED;
  if (week.holiday) return week.holiday;
  if (week.beforeHoliday)
    return `Avant les ${week.beforeHoliday.charAt(0).toLowerCase()}${week.beforeHoliday.slice(1)}`;
  return null;
}
