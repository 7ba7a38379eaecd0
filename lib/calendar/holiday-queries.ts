import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { academies, departments, holidayPeriods, schools } from '@/db/schema';
import type { Holiday } from './holidays';
import type { HolidayZone } from './labels';

/*
 * The holiday calendar that applies to a place: a department's académie sets its zone (A, B, C,
 * Corse, or an overseas académie's own calendar), and the admin keeps each zone's periods per
 * school year (/admin/referentiel/vacances). An empty list means no calendar is recorded yet for
 * that year: callers say so rather than show weeks as free of holidays.
 */

export interface ZoneCalendar {
  zone: HolidayZone;
  holidays: Holiday[];
}

/** The periods of one zone and school year, in calendar order. */
export async function zoneHolidays(db: Db, zone: HolidayZone, schoolYear: number): Promise<Holiday[]> {
  return db
    .select({ name: holidayPeriods.name, startsOn: holidayPeriods.startsOn, endsOn: holidayPeriods.endsOn })
    .from(holidayPeriods)
    .where(and(eq(holidayPeriods.zone, zone), eq(holidayPeriods.schoolYear, schoolYear)))
    .orderBy(asc(holidayPeriods.startsOn));
}

/** The calendar of a department (through its académie), or null for an unknown code. */
export async function departmentCalendar(
  db: Db,
  departmentCode: string,
  schoolYear: number,
): Promise<ZoneCalendar | null> {
  const [row] = await db
    .select({ zone: academies.holidayZone })
    .from(departments)
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(departments.code, departmentCode));
  return row ? { zone: row.zone, holidays: await zoneHolidays(db, row.zone, schoolYear) } : null;
}

/** The calendar of a school's zone, or null for an unknown school. */
export async function schoolCalendar(db: Db, schoolId: string, schoolYear: number): Promise<ZoneCalendar | null> {
  const [row] = await db
    .select({ zone: academies.holidayZone })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(schools.id, schoolId));
  return row ? { zone: row.zone, holidays: await zoneHolidays(db, row.zone, schoolYear) } : null;
}
