import 'server-only';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import { classInternshipWeeks, pupils, schoolClasses, schools, users } from '@/db/schema';
import { canEditClass, canFollowClass, canRecordConsent, canSearchOffers } from '@/lib/auth/policy';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { todayInParis } from '@/lib/calendar/weeks';
import type { AuthorisationForm } from './authorisation-pdf';

export interface SignUpSchool {
  id: string;
  name: string;
  commune: string;
  registered: boolean;
  /** The classes opened for the current campaign (public: names only). */
  classes: { id: string; name: string }[];
}

/** Step 2 of the pupil sign-up: the chosen collège and its classes of the current campaign. */
export async function findSignUpSchool(
  schoolId: string,
  today: IsoDate = todayInParis(),
  db?: Db,
): Promise<SignUpSchool | null> {
  if (!isUuid(schoolId)) return null;
  db ??= await getDb();
  const [school] = await db
    .select({ id: schools.id, name: schools.name, commune: schools.commune, registeredAt: schools.registeredAt })
    .from(schools)
    .where(eq(schools.id, schoolId));
  if (!school) return null;
  const classes = school.registeredAt
    ? await db
        .select({ id: schoolClasses.id, name: schoolClasses.name })
        .from(schoolClasses)
        .where(
          and(eq(schoolClasses.schoolId, school.id), eq(schoolClasses.schoolYear, currentOrUpcomingSchoolYear(today))),
        )
        .orderBy(asc(schoolClasses.name))
    : [];
  return {
    id: school.id,
    name: school.name,
    commune: school.commune,
    registered: school.registeredAt !== null,
    classes,
  };
}

export interface InvitedClass {
  schoolId: string;
  schoolName: string;
  schoolCommune: string;
  registered: boolean;
  classId: string;
  className: string;
  schoolYear: number;
}

/** The class a sign-up link leads to, or null when the link was replaced or never existed. */
export async function findClassByInviteToken(token: string, db?: Db): Promise<InvitedClass | null> {
  if (!token || token.length > 100) return null;
  db ??= await getDb();
  const [row] = await db
    .select({
      schoolId: schools.id,
      schoolName: schools.name,
      schoolCommune: schools.commune,
      registeredAt: schools.registeredAt,
      classId: schoolClasses.id,
      className: schoolClasses.name,
      schoolYear: schoolClasses.schoolYear,
    })
    .from(schoolClasses)
    .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
    .where(eq(schoolClasses.inviteToken, token));
  if (!row) return null;
  const { registeredAt, ...rest } = row;
  return { ...rest, registered: registeredAt !== null };
}

/**
 * A class of the actor's own school, or null: the school is in the WHERE, so a forged id of
 * another school's class reads nothing. Used by the pages, the PDF and the mutations.
 */
export async function findStaffClass(actor: SessionUser, classId: string, db: Db) {
  if (actor.role !== 'school_staff' || !actor.schoolId || !isUuid(classId)) return null;
  const [row] = await db
    .select({
      id: schoolClasses.id,
      name: schoolClasses.name,
      schoolYear: schoolClasses.schoolYear,
      schoolId: schoolClasses.schoolId,
      mainTeacherId: schoolClasses.mainTeacherId,
      inviteToken: schoolClasses.inviteToken,
      schoolName: schools.name,
      schoolCommune: schools.commune,
    })
    .from(schoolClasses)
    .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
    .where(and(eq(schoolClasses.id, classId), eq(schoolClasses.schoolId, actor.schoolId)));
  return row && canFollowClass(actor, row) ? row : null;
}

export interface ClassPupil {
  id: string;
  firstName: string;
  lastName: string;
  consentAt: Date | null;
}

const mainTeacher = alias(users, 'main_teacher');

/** The class page: the class, its weeks and its pupils, for the staff of its school only. */
export async function getClassFollowUp(actor: SessionUser, classId: string, db?: Db) {
  db ??= await getDb();
  const cls = await findStaffClass(actor, classId, db);
  if (!cls) return null;
  const [teacher] = cls.mainTeacherId
    ? await db
        .select({ firstName: mainTeacher.firstName, lastName: mainTeacher.lastName })
        .from(mainTeacher)
        .where(eq(mainTeacher.id, cls.mainTeacherId))
    : [];
  const weeks = await db
    .select({ week: classInternshipWeeks.week })
    .from(classInternshipWeeks)
    .where(eq(classInternshipWeeks.classId, cls.id))
    .orderBy(asc(classInternshipWeeks.week));
  const { inviteToken, ...rest } = cls;
  return {
    ...rest,
    mainTeacherName: teacher ? `${teacher.firstName} ${teacher.lastName}` : null,
    weeks: weeks.map((w) => w.week),
    pupils: await classPupils(db, cls),
    canRecordConsent: canRecordConsent(actor, cls),
    canEditClass: canEditClass(actor, cls),
    // The link lets anyone join the class: only those who may change it see it.
    inviteToken: canEditClass(actor, cls) ? inviteToken : null,
  };
}
export type ClassFollowUp = NonNullable<Awaited<ReturnType<typeof getClassFollowUp>>>;

/**
 * The forms to print: the pupils still awaiting authorisation, or all of them. Null when the
 * class is not the actor's or the actor may not collect authorisations (main teacher of the class,
 * head or school-wide staff).
 */
export async function getAuthorisationForms(
  actor: SessionUser,
  classId: string,
  { all = false } = {},
  db?: Db,
): Promise<AuthorisationForm | null> {
  db ??= await getDb();
  const cls = await findStaffClass(actor, classId, db);
  if (!cls || !canRecordConsent(actor, cls)) return null;
  const list = await classPupils(db, cls, all ? undefined : isNull(pupils.parentalConsentAt));
  return { schoolName: cls.schoolName, schoolCommune: cls.schoolCommune, className: cls.name, pupils: list };
}

/** Pupils of a class of the actor's school (both in the WHERE); deleted accounts are left out. */
async function classPupils(db: Db, cls: { id: string; schoolId: string }, filter?: SQL): Promise<ClassPupil[]> {
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, consentAt: pupils.parentalConsentAt })
    .from(pupils)
    .innerJoin(users, eq(users.id, pupils.userId))
    .where(and(eq(pupils.classId, cls.id), eq(pupils.schoolId, cls.schoolId), isNull(users.deletedAt), filter))
    .orderBy(asc(users.lastName), asc(users.firstName));
}

export interface PupilOverview {
  schoolName: string;
  className: string | null;
  /** The internship weeks of the pupil's class (Mondays), in order; empty until chosen. */
  weeks: string[];
  canSearchOffers: boolean;
}

/** The pupil's own school and class, and whether they may see offers yet. */
export async function getPupilOverview(actor: SessionUser, db?: Db): Promise<PupilOverview | null> {
  if (actor.role !== 'pupil' || !actor.schoolId) return null;
  db ??= await getDb();
  const [row] = await db
    .select({
      schoolName: schools.name,
      registeredAt: schools.registeredAt,
      classId: schoolClasses.id,
      className: schoolClasses.name,
    })
    .from(pupils)
    .innerJoin(schools, eq(schools.id, pupils.schoolId))
    .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(eq(pupils.userId, actor.id));
  if (!row) return null;
  const weeks = row.classId
    ? await db
        .select({ week: classInternshipWeeks.week })
        .from(classInternshipWeeks)
        .where(eq(classInternshipWeeks.classId, row.classId))
        .orderBy(asc(classInternshipWeeks.week))
    : [];
  return {
    schoolName: row.schoolName,
    className: row.className,
    weeks: weeks.map((w) => w.week),
    canSearchOffers: canSearchOffers(actor, row),
  };
}
