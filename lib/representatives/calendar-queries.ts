import 'server-only';
import { and, asc, between, count, eq, isNotNull, not, sql, type SQL } from 'drizzle-orm';
import { groupBy } from '@/lib/group-by';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import {
  applications,
  classInternshipWeeks,
  departments,
  offers,
  offerWeeks,
  pupils,
  schoolClasses,
  schools,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { departmentCalendar } from '@/lib/calendar/holiday-queries';
import { internshipWindow } from '@/lib/calendar/school-year';
import { eachWeek, type IsoDate } from '@/lib/calendar/weeks';
import { holdsSeat, organisationSuspended } from '@/lib/offers/availability';
import { classWeeks } from '@/lib/offers/demand-queries';
import { livePupil } from '@/lib/pupils/scope';
import {
  calendarWeeks,
  calendarYear,
  calendarParam,
  calendarYears,
  chosenDepartment,
  type CalendarParams,
  type CalendarDepartment,
  type CalendarSchool,
  type DepartmentCalendar,
  type WeekCounts,
} from './calendar';
import { isValidatedRepresentative } from './policy';
import { territoryCovers } from './scope';

/*
 * The department calendar's figures (/pilotage/calendrier and its CSV export), read for a validated
 * representative whose territory covers the department: the check is made here, on every read, so
 * that neither the page nor the export can hand out another territory's figures.
 */

// Aliased: territoryCovers looks the department up in `departments` itself, which must not be the listed row.
const covered = alias(departments, 'covered');

/** The departments a validated representative's territory covers, by code; none for a ministry scope or anyone else. */
export async function calendarDepartments(actor: SessionUser, db?: Db): Promise<CalendarDepartment[]> {
  if (!isValidatedRepresentative(actor) || !actor.scope) return [];
  db ??= await getDb();
  return db
    .select({ code: covered.code, name: covered.name })
    .from(covered)
    .where(territoryCovers(actor.scope.level, actor.scope.code, covered.code))
    .orderBy(asc(covered.code));
}

export interface OpenedCalendar {
  /** Every department the representative may choose (one for a department's representative). */
  departments: CalendarDepartment[];
  /** The school years they may choose. */
  years: number[];
  calendar: DepartmentCalendar;
}

/**
 * The calendar of the department and school year asked for (`?departement=`, `?annee=`), or null
 * when the actor may not see it: not a validated representative, a ministry scope, or a department
 * outside their territory. Without a department, the first they cover; without a valid year, the
 * campaign of `today`.
 */
export async function openDepartmentCalendar(
  actor: SessionUser,
  params: CalendarParams,
  today: IsoDate,
  db?: Db,
): Promise<OpenedCalendar | null> {
  db ??= await getDb();
  const choices = await calendarDepartments(actor, db);
  const department = chosenDepartment(choices, calendarParam(params, 'departement'));
  if (!department) return null;
  const schoolYear = calendarYear(calendarParam(params, 'annee'), today);
  return {
    departments: choices,
    years: calendarYears(today),
    calendar: await readCalendar(db, department, schoolYear),
  };
}

async function readCalendar(db: Db, department: CalendarDepartment, schoolYear: number): Promise<DepartmentCalendar> {
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  const weeks = eachWeek(firstWeek, lastWeek);
  const zoneCalendar = await departmentCalendar(db, department.code, schoolYear);
  // The department was just read from the reference data: no calendar means a broken reference.
  if (!zoneCalendar) throw new Error(`Département sans académie : ${department.code}`);
  const [demand, offered, held, schoolList] = await Promise.all([
    // The hosts' and the schools' week pickers count the same way, around a place (demand-queries.ts).
    classWeeks(db, eq(schools.departmentCode, department.code), schoolYear, weeks),
    seatsOffered(db, department.code, weeks),
    seatsHeld(db, department.code, weeks),
    registeredSchools(db, department.code, schoolYear),
  ]);

  const counts = new Map<IsoDate, Partial<WeekCounts>>();
  const add = (week: IsoDate, figures: Partial<WeekCounts>) => counts.set(week, { ...counts.get(week), ...figures });
  for (const [week, classes] of demand) add(week, { schools: classes.schools, pupils: classes.pupils });
  for (const { week, seats } of offered) add(week, { seatsOffered: seats });
  for (const { week, seats } of held) add(week, { seatsHeld: seats });

  return {
    department,
    schoolYear,
    zone: zoneCalendar.zone,
    holidaysRecorded: zoneCalendar.holidays.length > 0,
    weeks: calendarWeeks(weeks, zoneCalendar.holidays, counts),
    schools: schoolList,
  };
}

/** Registered schools of the department: an unregistered school's pupils cannot apply, so they are not counted. */
const registeredIn = (departmentCode: string): SQL =>
  and(eq(schools.departmentCode, departmentCode), isNotNull(schools.registeredAt))!;

/** Classes of those schools in the school year. */
const classesOf = (departmentCode: string, schoolYear: number): SQL =>
  and(registeredIn(departmentCode), eq(schoolClasses.schoolYear, schoolYear))!;

/**
 * Published offers located in the department whose organisation is not suspended: those pupils can
 * apply to (availability.ts). Reserved offers count too: their seats are in the department all the same.
 */
const offeredIn = (departmentCode: string): SQL =>
  and(eq(offers.status, 'published'), not(organisationSuspended()), eq(offers.departmentCode, departmentCode))!;

const inWindow = (weeks: IsoDate[]) => [weeks[0]!, weeks.at(-1)!] as const;

/** Seats per week of the offers proposing each week, full weeks included (their seats are offered, and taken). */
function seatsOffered(db: Db, departmentCode: string, weeks: IsoDate[]) {
  return db
    .select({ week: offerWeeks.week, seats: sql<number>`sum(${offers.seatsPerWeek})::int` })
    .from(offerWeeks)
    .innerJoin(offers, eq(offers.id, offerWeeks.offerId))
    .where(and(offeredIn(departmentCode), between(offerWeeks.week, ...inWindow(weeks))))
    .groupBy(offerWeeks.week);
}

/** Seats of the same offers held each week: applications accepted or confirmed. */
function seatsHeld(db: Db, departmentCode: string, weeks: IsoDate[]) {
  return db
    .select({ week: applications.week, seats: count() })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .where(and(holdsSeat(), offeredIn(departmentCode), between(applications.week, ...inWindow(weeks))))
    .groupBy(applications.week);
}

// Sorted here rather than by the database, whose collation differs between servers: "3e 2" before "3e 10".
const collator = new Intl.Collator('fr', { numeric: true });

/** The registered schools, by name, each with its classes of the year (by name), pupils and chosen weeks. */
async function registeredSchools(db: Db, departmentCode: string, schoolYear: number): Promise<CalendarSchool[]> {
  const [schoolRows, classRows, weekRows] = await Promise.all([
    db
      .select({
        id: schools.id,
        name: schools.name,
        commune: schools.commune,
        uai: schools.uai,
        network: schools.network,
      })
      .from(schools)
      .where(registeredIn(departmentCode)),
    db
      .select({
        id: schoolClasses.id,
        schoolId: schoolClasses.schoolId,
        name: schoolClasses.name,
        pupils: count(pupils.userId),
      })
      .from(schoolClasses)
      .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
      .leftJoin(pupils, and(eq(pupils.classId, schoolClasses.id), livePupil))
      .where(classesOf(departmentCode, schoolYear))
      .groupBy(schoolClasses.id),
    db
      .select({ classId: classInternshipWeeks.classId, week: classInternshipWeeks.week })
      .from(classInternshipWeeks)
      .innerJoin(schoolClasses, eq(schoolClasses.id, classInternshipWeeks.classId))
      .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
      .where(classesOf(departmentCode, schoolYear))
      .orderBy(asc(classInternshipWeeks.week)),
  ]);

  const weeksByClass = groupBy(weekRows, (row) => row.classId);
  const classesBySchool = groupBy(
    classRows.sort((a, b) => collator.compare(a.name, b.name)),
    (row) => row.schoolId,
  );
  return schoolRows
    .sort((a, b) => collator.compare(a.name, b.name) || a.uai.localeCompare(b.uai))
    .map((school) => ({
      ...school,
      classes: (classesBySchool.get(school.id) ?? []).map((cls) => ({
        name: cls.name,
        pupils: cls.pupils,
        weeks: (weeksByClass.get(cls.id) ?? []).map((row) => row.week),
      })),
    }));
}
