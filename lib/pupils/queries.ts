import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { classInternshipWeeks, pupils, schoolClasses, schools, users } from '@/db/schema';
import { canRecordConsent } from './policy';
import { canSearchOffers } from '@/lib/offers/policy';
import type { SessionUser } from '@/lib/auth/types';
import { isUuid } from '@/lib/ids';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { todayInParis } from '@/lib/calendar/weeks';
import { classPupils, findStaffClass } from '@/lib/classes/queries';
import { eligibleSchool } from '@/lib/schools/queries';
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

export interface PupilOverview {
  schoolName: string;
  className: string | null;
  /** The internship weeks of the pupil's class (Mondays), in order; empty until chosen. */
  weeks: string[];
  /** Signed up without the class's link: the main teacher or the head has not confirmed it yet. */
  awaitingApproval: boolean;
  /** The school no longer takes part (derogation withdrawn): no offer for its pupils. */
  schoolEligible: boolean;
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
      eligible: sql<boolean>`${eligibleSchool}`,
      awaitingApproval: sql<boolean>`${users.status} = 'pending'`,
      classId: schoolClasses.id,
      className: schoolClasses.name,
    })
    .from(pupils)
    .innerJoin(users, eq(users.id, pupils.userId))
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
    awaitingApproval: row.awaitingApproval,
    schoolEligible: row.eligible,
    canSearchOffers: canSearchOffers(actor, row),
  };
}
