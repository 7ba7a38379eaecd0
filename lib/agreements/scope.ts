import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { agreements, applications, pupils, schoolClasses } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { managedApplications } from '@/lib/applications/scope';
import { followsOwnClassesOnly } from '@/lib/classes/policy';
import { isSchoolWideStaffOf, isStaffOf } from '@/lib/staff/policy';

/*
 * policy.ts in SQL: the WHERE on agreements of every query and mutation, through the convention's
 * application. Null for an actor who may read (or edit) none: callers answer "not found" without
 * querying, the same answer as for a convention that does not exist.
 */

const ofApplications = (where: SQL) =>
  sql`${agreements.applicationId} in (select ${applications.id} from ${applications} where ${where})`;

/** The pupils of the actor's school, only those of the classes they are main teacher of when `ownClassesOnly`. */
function pupilsOf(schoolId: string, ownClassesOnly: string | null): SQL {
  const pupilIds = sql`select ${pupils.userId} from ${pupils} where ${and(
    eq(pupils.schoolId, schoolId),
    ownClassesOnly
      ? sql`${pupils.classId} in (select ${schoolClasses.id} from ${schoolClasses} where ${schoolClasses.mainTeacherId} = ${ownClassesOnly})`
      : undefined,
  )}`;
  return sql`${applications.pupilId} in (${pupilIds})`;
}

/** canReadAgreement: the pupil, whoever manages the offer, the staff who follow the pupil's class. */
export function readableAgreements(actor: SessionUser): SQL | null {
  if (actor.role === 'pupil') return ofApplications(eq(applications.pupilId, actor.id));
  if (actor.role === 'host' || actor.role === 'operator') {
    const managed = managedApplications(actor);
    return managed && ofApplications(managed);
  }
  if (actor.role === 'school_staff' && actor.schoolId && isStaffOf(actor, actor.schoolId))
    return ofApplications(pupilsOf(actor.schoolId, followsOwnClassesOnly(actor) ? actor.id : null));
  return null;
}

/** canEditHostPart (the suspension is refused apart, with its reason): whoever manages the offer. */
export function hostEditableAgreements(actor: SessionUser): SQL | null {
  if (actor.role !== 'host' && actor.role !== 'operator') return null;
  const managed = managedApplications(actor);
  return managed && ofApplications(managed);
}

/** canEditSchoolPart: the head and school-wide staff for every pupil, a main teacher for their classes' pupils. */
export function schoolEditableAgreements(actor: SessionUser): SQL | null {
  if (!actor.schoolId || !isStaffOf(actor, actor.schoolId)) return null;
  if (isSchoolWideStaffOf(actor, actor.schoolId)) return ofApplications(pupilsOf(actor.schoolId, null));
  if (actor.staffRole === 'main_teacher') return ofApplications(pupilsOf(actor.schoolId, actor.id));
  return null;
}
