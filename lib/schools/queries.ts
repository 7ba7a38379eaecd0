import 'server-only';
import { and, asc, eq, inArray, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  academies,
  classInternshipWeeks,
  departments,
  pupils,
  schoolClasses,
  schools,
  staffMemberships,
  users,
} from '@/db/schema';
import { canEditClass, canFollowClass, isStaffOf } from '@/lib/auth/policy';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { containsFolded, containsPattern } from '@/lib/text/fold';

export interface SchoolSearchResult {
  id: string;
  uai: string;
  name: string;
  commune: string;
  postcode: string | null;
  departmentCode: string;
  network: 'rep_plus' | 'rep' | 'derogation' | 'none';
  eligible: boolean;
  registered: boolean;
}

/** REP+, REP, or a derogation approved by the prefecture and the académie (circular, II). */
export const eligibleSchool: SQL = sql`(${schools.network} in ('rep_plus', 'rep') or (${schools.network} = 'derogation' and ${schools.derogationApprovedAt} is not null))`;

const directoryColumns = {
  id: schools.id,
  uai: schools.uai,
  name: schools.name,
  commune: schools.commune,
  postcode: schools.postcode,
  departmentCode: schools.departmentCode,
  network: schools.network,
  eligible: sql<boolean>`${eligibleSchool}`,
  registered: sql<boolean>`${schools.registeredAt} is not null`,
};

/**
 * The public school directory, searched by name, commune or UAI (at least 2 characters; an exact
 * UAI comes first). `registeredOnly` keeps schools whose head has registered them (pupil sign-up).
 * Public data: no personal information in the result.
 */
export async function searchSchools(
  query: string,
  { registeredOnly = false, limit = 20 } = {},
  db?: Db,
): Promise<SchoolSearchResult[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  db ??= await getDb();
  const uai = q.toUpperCase().replace(/\s+/g, '');
  const rows = await db
    .select(directoryColumns)
    .from(schools)
    .where(
      and(
        or(
          eq(schools.uai, uai),
          containsFolded(schools.name, q),
          containsFolded(schools.commune, q),
          like(schools.postcode, containsPattern(q)),
        ),
        registeredOnly ? isNotNull(schools.registeredAt) : undefined,
      ),
    )
    .orderBy(sql`${schools.uai} = ${uai} desc`, asc(schools.commune), asc(schools.name))
    .limit(limit);
  return rows;
}

/** One school of the directory by id (public fields only), or null. */
export async function findSchool(id: string, db?: Db): Promise<SchoolSearchResult | null> {
  if (!isUuid(id)) return null;
  db ??= await getDb();
  const [row] = await db.select(directoryColumns).from(schools).where(eq(schools.id, id));
  return row ?? null;
}

/**
 * A school of the directory with its académie's e-mail domain (ac-creteil.fr), for the head's
 * sign-up: public fields only. Null for an unknown id.
 */
export async function findSchoolForRegistration(
  id: string,
  db?: Db,
): Promise<(SchoolSearchResult & { emailDomain: string | null }) | null> {
  if (!isUuid(id)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({ ...directoryColumns, emailDomain: academies.emailDomain })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(schools.id, id));
  return row ?? null;
}

/** Pupils whose account still exists: a deleted account is anonymised, not counted as a pupil. */
const livePupil = sql`exists (select 1 from ${users} where ${users.id} = ${pupils.userId} and ${users.deletedAt} is null)`;

export interface SchoolOverview {
  name: string;
  uai: string;
  commune: string;
  network: SchoolSearchResult['network'];
  registeredAt: Date | null;
  classes: number;
  pupils: number;
  pupilsWithConsent: number;
  staff: number;
  pendingJoinRequests: number;
}

/**
 * The dashboard of the actor's own school: identity and counts (classes of `schoolYear`, pupils
 * with an account, those whose parental authorisation is recorded, active staff, join requests).
 * Every active staff member sees it; null for anyone else.
 */
export async function getSchoolOverview(
  actor: SessionUser,
  schoolYear: number,
  db?: Db,
): Promise<SchoolOverview | null> {
  const schoolId = actor.schoolId;
  if (!schoolId || !isStaffOf(actor, schoolId)) return null;
  db ??= await getDb();
  const pupilsOfSchool = and(eq(pupils.schoolId, schools.id), livePupil);
  const [row] = await db
    .select({
      name: schools.name,
      uai: schools.uai,
      commune: schools.commune,
      network: schools.network,
      registeredAt: schools.registeredAt,
      classes: db.$count(
        schoolClasses,
        and(eq(schoolClasses.schoolId, schools.id), eq(schoolClasses.schoolYear, schoolYear)),
      ),
      pupils: db.$count(pupils, pupilsOfSchool),
      pupilsWithConsent: db.$count(pupils, and(pupilsOfSchool, isNotNull(pupils.parentalConsentAt))),
      staff: db.$count(
        staffMemberships,
        and(eq(staffMemberships.schoolId, schools.id), eq(staffMemberships.status, 'active')),
      ),
      pendingJoinRequests: db.$count(
        staffMemberships,
        and(eq(staffMemberships.schoolId, schools.id), eq(staffMemberships.status, 'pending')),
      ),
    })
    .from(schools)
    .where(eq(schools.id, schoolId));
  return row ?? null;
}

export interface ClassRow {
  id: string;
  name: string;
  mainTeacherName: string | null;
  pupils: number;
  weeks: IsoDate[];
  canEdit: boolean;
}

/** The classes of the actor's school opened for `schoolYear`, for every active staff member (canFollowClass). */
export async function listClasses(actor: SessionUser, schoolYear: number, db?: Db): Promise<ClassRow[]> {
  const schoolId = actor.schoolId;
  if (!schoolId || !canFollowClass(actor, { schoolId })) return [];
  db ??= await getDb();
  const rows = await db
    .select({
      id: schoolClasses.id,
      name: schoolClasses.name,
      mainTeacherId: schoolClasses.mainTeacherId,
      teacherFirstName: users.firstName,
      teacherLastName: users.lastName,
      pupils: db.$count(pupils, and(eq(pupils.classId, schoolClasses.id), livePupil)),
    })
    .from(schoolClasses)
    .leftJoin(users, eq(users.id, schoolClasses.mainTeacherId))
    .where(and(eq(schoolClasses.schoolId, schoolId), eq(schoolClasses.schoolYear, schoolYear)))
    .orderBy(asc(schoolClasses.name));
  const weeks = await weeksOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    mainTeacherName: row.teacherFirstName ? `${row.teacherFirstName} ${row.teacherLastName}` : null,
    pupils: row.pupils,
    weeks: weeks.get(row.id) ?? [],
    canEdit: canEditClass(actor, { schoolId, mainTeacherId: row.mainTeacherId }),
  }));
}

export interface ClassForEdit {
  id: string;
  schoolId: string;
  name: string;
  schoolYear: number;
  mainTeacherId: string | null;
  mainTeacherName: string | null;
  weeks: IsoDate[];
}

/**
 * One class of the actor's school, for its edit page. Null when it does not exist or belongs to
 * another school (the page answers 404 either way); the page checks canEditClass itself.
 */
export async function getClassForEdit(actor: SessionUser, classId: string, db?: Db): Promise<ClassForEdit | null> {
  if (!actor.schoolId || !isUuid(classId)) return null;
  db ??= await getDb();
  const [row] = await db
    .select({
      id: schoolClasses.id,
      schoolId: schoolClasses.schoolId,
      name: schoolClasses.name,
      schoolYear: schoolClasses.schoolYear,
      mainTeacherId: schoolClasses.mainTeacherId,
      teacherFirstName: users.firstName,
      teacherLastName: users.lastName,
    })
    .from(schoolClasses)
    .leftJoin(users, eq(users.id, schoolClasses.mainTeacherId))
    .where(and(eq(schoolClasses.id, classId), eq(schoolClasses.schoolId, actor.schoolId)));
  if (!row) return null;
  const { teacherFirstName, teacherLastName, ...rest } = row;
  return {
    ...rest,
    mainTeacherName: teacherFirstName ? `${teacherFirstName} ${teacherLastName}` : null,
    weeks: (await weeksOf(db, [row.id])).get(row.id) ?? [],
  };
}

async function weeksOf(db: Db, classIds: string[]): Promise<Map<string, IsoDate[]>> {
  const byClass = new Map<string, IsoDate[]>();
  if (classIds.length === 0) return byClass;
  const rows = await db
    .select({ classId: classInternshipWeeks.classId, week: classInternshipWeeks.week })
    .from(classInternshipWeeks)
    .where(inArray(classInternshipWeeks.classId, classIds))
    .orderBy(asc(classInternshipWeeks.week));
  for (const row of rows) byClass.set(row.classId, [...(byClass.get(row.classId) ?? []), row.week]);
  return byClass;
}
