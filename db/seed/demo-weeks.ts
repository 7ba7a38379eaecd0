import { holidayOfWeek } from '@/lib/calendar/holidays';
import { currentOrUpcomingSchoolYear, internshipWindow } from '@/lib/calendar/school-year';
import { addWeeks, isoWeekMonday } from '@/lib/calendar/weeks';
import { HOLIDAY_PERIODS } from './data/holidays';
import { ACADEMIES, DEPARTMENTS } from './data/territories';
import { DEMO_SCHOOLS } from './demo-data';

/* The demo campaign's weeks: a module of its own, so that e2e specs import them without the seed. */

/**
 * Six consecutive school weeks at least three weeks ahead of `today` in the current campaign's window
 * (mid-October to end of April), or in the next campaign when too little is left. Weeks in the
 * holidays of a demo school's zone are skipped, as the class form requires (campaign-weeks.ts).
 */
export function demoWeeks(today: Date): { schoolYear: number; list: string[] } {
  const todayIso = today.toISOString().slice(0, 10);
  const earliest = addWeeks(isoWeekMonday(todayIso), 3);
  const current = currentOrUpcomingSchoolYear(todayIso);
  for (const schoolYear of [current, current + 1]) {
    const { firstWeek, lastWeek } = internshipWindow(schoolYear);
    const holidays = HOLIDAY_PERIODS.filter(
      (period) => period.schoolYear === schoolYear && (DEMO_ZONES as readonly string[]).includes(period.zone),
    );
    const list: string[] = [];
    let week = earliest > firstWeek ? earliest : firstWeek;
    while (week <= lastWeek && list.length < 6) {
      if (!holidayOfWeek(week, holidays)) list.push(week);
      week = addWeeks(week, 1);
    }
    if (list.length === 6) return { schoolYear, list };
  }
  throw new Error(`Aucune semaine de stage disponible après le ${todayIso}.`);
}

/** The holiday zones of the demo schools (Seine-Saint-Denis: C; Bouches-du-Rhône: B). */
const DEMO_ZONES = [...new Set(DEMO_SCHOOLS.map(([, , , , , departmentCode]) => departmentZone(departmentCode)))];

function departmentZone(code: string): string {
  const academy = DEPARTMENTS.find((department) => department.code === code)?.academyCode;
  const zone = ACADEMIES.find((candidate) => candidate.code === academy)?.holidayZone;
  if (!zone) throw new Error(`Zone de vacances inconnue pour le département ${code}`);
  return zone;
}
