import type { SessionUser } from '@/lib/auth/types';
import { isSchoolWideStaffOf, isStaffOf } from '@/lib/staff/policy';

/*
 * Classes of 3e and their internship weeks (technical note, Annex 1): the head and school-wide
 * staff manage and follow every class; a main teacher opens, edits and follows the classes they are
 * responsible for; teachers, who have no class of their own in the model, follow every class.
 * lib/classes/scope.ts says the same in SQL.
 */

type Actor = Pick<SessionUser, 'id' | 'role' | 'staffRole' | 'schoolId'>;
type SchoolClass = { schoolId: string; mainTeacherId: string | null };

/** Every class of the school, including choosing its main teacher: the head and school-wide staff. */
export function canManageClasses(actor: Actor, schoolId: string): boolean {
  return isSchoolWideStaffOf(actor, schoolId);
}

/**
 * Opening a class on the platform: school-wide staff, or a main teacher for the class they are
 * responsible for (technical note: the main teacher "identifie la classe dont il assume la responsabilité").
 */
export function canCreateClass(actor: Actor, schoolId: string): boolean {
  return canManageClasses(actor, schoolId) || (isStaffOf(actor, schoolId) && actor.staffRole === 'main_teacher');
}

/** Editing one class (name, main teacher, weeks, sign-up link): school-wide staff, or its own main teacher. */
export function canEditClass(actor: Actor, schoolClass: SchoolClass): boolean {
  return (
    canManageClasses(actor, schoolClass.schoolId) ||
    (isStaffOf(actor, schoolClass.schoolId) && schoolClass.mainTeacherId === actor.id)
  );
}

/**
 * The follow-up of a class and its pupils (minors' data): school-wide staff and teachers for every
 * class of the school, a main teacher for the classes they are the main teacher of. A pupil without
 * a class reads as a class without main teacher.
 */
export function canFollowClass(actor: Actor, schoolClass: SchoolClass): boolean {
  if (!isStaffOf(actor, schoolClass.schoolId)) return false;
  return !followsOwnClassesOnly(actor) || schoolClass.mainTeacherId === actor.id;
}

/** A main teacher follows the classes they are the main teacher of, and no other. */
export function followsOwnClassesOnly(actor: Actor): boolean {
  return actor.staffRole === 'main_teacher';
}

/** The school-wide follow-up (every pupil of every class, /etablissement/eleves): the head and school-wide staff. */
export function canFollowSchool(actor: Actor, schoolId: string): boolean {
  return isSchoolWideStaffOf(actor, schoolId);
}
