import 'server-only';
import { and, asc, eq, inArray, isNull, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import { classInternshipWeeks, pupils, schoolClasses, schools, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import { canApproveClassPupils, canRecordConsent } from '@/lib/pupils/policy';
import { livePupil } from '@/lib/pupils/scope';
import { futureWeekSql } from '@/lib/offers/availability';
import { canEditClass, canFollowClass } from './policy';
import { followedClasses } from './scope';

export interface ClassRow {
  id: string;
  name: string;
  mainTeacherName: string | null;
  pupils: number;
  weeks: IsoDate[];
  canEdit: boolean;
}

/** The classes of the actor's school opened for `schoolYear` that the actor follows (canFollowClass). */
export async function listClasses(actor: SessionUser, schoolYear: number, db?: Db): Promise<ClassRow[]> {
  const schoolId = actor.schoolId;
  const scope = followedClasses(actor);
  if (!schoolId || !scope) return [];
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
    .where(and(scope, eq(schoolClasses.schoolYear, schoolYear)))
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

/** The answer to a class id that is not the actor's: the same whether it exists elsewhere or not. */
export const CLASS_NOT_AVAILABLE = 'Classe introuvable, ou vous n’y avez pas accès.';

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

const mainTeacher = alias(users, 'main_teacher');

/**
 * A class of the actor's own school that they follow (canFollowClass), or null: the school is in
 * the WHERE, so a forged id of another school's class reads nothing, and a main teacher's other
 * classes read as missing too. Used by the pages, the PDF and the mutations.
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
      mainTeacherFirstName: mainTeacher.firstName,
      mainTeacherLastName: mainTeacher.lastName,
      inviteToken: schoolClasses.inviteToken,
      schoolName: schools.name,
      schoolCommune: schools.commune,
    })
    .from(schoolClasses)
    .innerJoin(schools, eq(schools.id, schoolClasses.schoolId))
    .leftJoin(mainTeacher, eq(mainTeacher.id, schoolClasses.mainTeacherId))
    .where(and(eq(schoolClasses.id, classId), eq(schoolClasses.schoolId, actor.schoolId)));
  return row && canFollowClass(actor, row) ? row : null;
}

/**
 * One class of the actor's school with its main teacher and weeks, for its edit page. Null when it
 * does not exist or belongs to another school (the page answers 404 either way); the page checks
 * canEditClass itself.
 */
export async function getClassForEdit(actor: SessionUser, classId: string, db?: Db) {
  db ??= await getDb();
  const cls = await findStaffClass(actor, classId, db);
  if (!cls) return null;
  const { mainTeacherFirstName, mainTeacherLastName, inviteToken, ...rest } = cls;
  return {
    ...rest,
    mainTeacherName: mainTeacherFirstName ? `${mainTeacherFirstName} ${mainTeacherLastName}` : null,
    weeks: (await weeksOf(db, [cls.id])).get(cls.id) ?? [],
    // The link lets anyone join the class: only those who may change it see it.
    inviteToken: canEditClass(actor, cls) ? inviteToken : null,
  };
}
export type ClassForEdit = NonNullable<Awaited<ReturnType<typeof getClassForEdit>>>;

export interface ClassPupil {
  id: string;
  firstName: string;
  lastName: string;
  consentAt: Date | null;
}

/** The class page: the class, its weeks and its pupils, for the staff of its school only. */
export async function getClassFollowUp(actor: SessionUser, classId: string, db?: Db) {
  db ??= await getDb();
  const cls = await getClassForEdit(actor, classId, db);
  if (!cls) return null;
  const canApprove = canApproveClassPupils(actor, cls);
  return {
    ...cls,
    pupils: await classPupils(db, cls),
    // Signed up without the class's link: listed for those who may confirm them, nobody else.
    joinRequests: canApprove ? await classPupils(db, cls, undefined, { pending: true }) : [],
    canRecordConsent: canRecordConsent(actor, cls),
    canApprovePupils: canApprove,
    canEditClass: canEditClass(actor, cls),
  };
}
export type ClassFollowUp = NonNullable<Awaited<ReturnType<typeof getClassFollowUp>>>;

/**
 * Pupils of a class of the actor's school (both in the WHERE); deleted accounts are left out, and
 * so are those who signed up without the class's link until they are confirmed (`pending` lists them).
 */
export async function classPupils(
  db: Db,
  cls: { id: string; schoolId: string },
  filter?: SQL,
  { pending = false } = {},
): Promise<ClassPupil[]> {
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, consentAt: pupils.parentalConsentAt })
    .from(pupils)
    .innerJoin(users, eq(users.id, pupils.userId))
    .where(
      and(
        eq(pupils.classId, cls.id),
        eq(pupils.schoolId, cls.schoolId),
        isNull(users.deletedAt),
        pending ? eq(users.status, 'pending') : ne(users.status, 'pending'),
        filter,
      ),
    )
    .orderBy(asc(users.lastName), asc(users.firstName));
}

/** The class's internship weeks still to come, in order: what its pupils search and apply for. */
export async function classWeeksToCome(db: Db, classId: string, today: IsoDate): Promise<IsoDate[]> {
  const rows = await db
    .select({ week: classInternshipWeeks.week })
    .from(classInternshipWeeks)
    .where(and(eq(classInternshipWeeks.classId, classId), futureWeekSql(classInternshipWeeks.week, today)))
    .orderBy(asc(classInternshipWeeks.week));
  return rows.map((row) => row.week);
}
