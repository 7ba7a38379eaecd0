import { formatDay } from '@/lib/calendar/format';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { formatIsoWeek } from '@/lib/calendar/weeks';
import { toCsv } from '@/lib/csv';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';
import { WEEK_COLUMNS, weekHolidayNote, type DepartmentCalendar } from './calendar';

/*
 * The department calendar's two tables as CSV files for spreadsheet software (lib/csv.ts: `;`,
 * UTF-8 byte order mark, CRLF), dates as dd/mm/yyyy: the weeks with their figures, and the
 * registered schools with one line per class.
 */

export type CalendarTable = 'semaines' | 'colleges';

export function isCalendarTable(value: string | undefined): value is CalendarTable {
  return value === 'semaines' || value === 'colleges';
}

export function calendarWeeksCsv(calendar: DepartmentCalendar): string {
  return toCsv([
    [
      `${WEEK_COLUMNS.week} (lundi)`,
      'Semaine ISO',
      WEEK_COLUMNS.holiday,
      WEEK_COLUMNS.schools,
      WEEK_COLUMNS.pupils,
      WEEK_COLUMNS.seatsOffered,
      WEEK_COLUMNS.seatsHeld,
      WEEK_COLUMNS.balance,
    ],
    ...calendar.weeks.map((week) => [
      formatDay(week.week, 'short'),
      formatIsoWeek(week.week),
      weekHolidayNote(week, calendar.holidaysRecorded) ?? '',
      week.schools,
      week.pupils,
      week.seatsOffered,
      week.seatsHeld,
      week.balance,
    ]),
  ]);
}

/** One line per class; a school without a class this year keeps one line, its class cells empty. */
export function calendarSchoolsCsv(calendar: DepartmentCalendar): string {
  return toCsv([
    ['UAI', 'Collège', 'Commune', 'Réseau', 'Classe', 'Élèves', 'Semaines de stage (lundi)'],
    ...calendar.schools.flatMap((school) => {
      const head = [school.uai, school.name, school.commune, SCHOOL_NETWORK_LABELS[school.network]];
      if (school.classes.length === 0) return [[...head, '', '', '']];
      return school.classes.map((cls) => [
        ...head,
        cls.name,
        cls.pupils,
        cls.weeks.map((week) => formatDay(week, 'short')).join(', '),
      ]);
    }),
  ]);
}

/** calendrier-93-2026-2027-semaines.csv */
export function calendarCsvFilename(calendar: DepartmentCalendar, table: CalendarTable): string {
  return `calendrier-${calendar.department.code}-${schoolYearLabel(calendar.schoolYear)}-${table}.csv`;
}

export function calendarCsv(calendar: DepartmentCalendar, table: CalendarTable): string {
  return table === 'semaines' ? calendarWeeksCsv(calendar) : calendarSchoolsCsv(calendar);
}
