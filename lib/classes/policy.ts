import type { SessionUser } from '@/lib/auth/types';
import { isSchoolWideStaffOf, isStaffOf } from '@/lib/staff/policy';

/*
 * Classes of 3e and their internship weeks (technical note, Annex 1): the head and school-wide
 * staff manage every class; a main teacher opens and edits the class they are responsible for;
 * every staff member of the school follows the classes and their pupils.
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

/** The follow-up of a class and its pupils: every staff member of the school (teachers included). */
export function canFollowClass(actor: Actor, schoolClass: { schoolId: string }): boolean {
  return isStaffOf(actor, schoolClass.schoolId);
}
