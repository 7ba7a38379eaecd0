import type { SessionUser, StaffRole } from './types';

/*
 * Who may do what, as pure functions of the actor (SessionUser, rebuilt from the database on each
 * request) and the thing. Domain functions call these before touching data and also filter their
 * queries by the actor's scope. Technical note, Annex 1: the head and the other staff (CPE,
 * librarian, psychologist, administrative) follow the whole school; main teachers and teachers
 * follow classes; the head alone manages staff access.
 */

type Actor = Pick<
  SessionUser,
  'id' | 'role' | 'staffRole' | 'schoolId' | 'organisationId' | 'operatorId' | 'scope' | 'pendingConsent'
>;

export const SCHOOL_WIDE_ROLES: readonly StaffRole[] = ['head', 'cpe', 'librarian', 'psychologist', 'administrative'];
export const TEACHING_ROLES: readonly StaffRole[] = ['main_teacher', 'teacher'];

export function isAdmin(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Active staff of this school, whatever their role. */
export function isStaffOf(actor: Actor, schoolId: string): boolean {
  return actor.role === 'school_staff' && actor.staffRole !== undefined && actor.schoolId === schoolId;
}

export function isHeadOf(actor: Actor, schoolId: string): boolean {
  return isStaffOf(actor, schoolId) && actor.staffRole === 'head';
}

/** The head: invites, approves, changes roles and revokes staff. */
export function canManageStaff(actor: Actor, schoolId: string): boolean {
  return isHeadOf(actor, schoolId);
}

/** Every class of the school and its internship weeks: the head and school-wide staff. */
export function canManageClasses(actor: Actor, schoolId: string): boolean {
  return isStaffOf(actor, schoolId) && SCHOOL_WIDE_ROLES.includes(actor.staffRole!);
}

/**
 * Opening a class on the platform: school-wide staff, or a main teacher for the class they are
 * responsible for (technical note: the main teacher "identifie la classe dont il assume la responsabilité").
 */
export function canCreateClass(actor: Actor, schoolId: string): boolean {
  return canManageClasses(actor, schoolId) || (isStaffOf(actor, schoolId) && actor.staffRole === 'main_teacher');
}

/** Editing one class (name, main teacher, weeks): school-wide staff, or its own main teacher. */
export function canEditClass(actor: Actor, schoolClass: { schoolId: string; mainTeacherId: string | null }): boolean {
  return (
    canManageClasses(actor, schoolClass.schoolId) ||
    (isStaffOf(actor, schoolClass.schoolId) && schoolClass.mainTeacherId === actor.id)
  );
}

/** The follow-up of a class and its pupils: every staff member of the school (teachers included). */
export function canFollowClass(actor: Actor, schoolClass: { schoolId: string }): boolean {
  return isStaffOf(actor, schoolClass.schoolId);
}

/**
 * Recording parental authorisations and printing the forms: the head and school-wide staff, or the
 * class's own main teacher (technical note: the main teacher collects the signed forms).
 */
export function canRecordConsent(
  actor: Actor,
  schoolClass: { schoolId: string; mainTeacherId: string | null },
): boolean {
  return canEditClass(actor, schoolClass);
}

/** A host member manages their organisation; an operator the organisations it supports (checked in queries). */
export function isMemberOfOrganisation(actor: Actor, organisationId: string): boolean {
  return actor.role === 'host' && actor.organisationId === organisationId;
}

/** Pupils see offers only once a parent's authorisation is recorded and their school is registered. */
export function canSearchOffers(actor: Actor, school: { registeredAt: Date | null } | null): boolean {
  if (actor.role !== 'pupil') return true;
  return actor.pendingConsent === false && actor.schoolId !== undefined && school?.registeredAt != null;
}

/** State representatives act only once validated by an admin, and only within their scope. */
export function isValidatedRepresentative(actor: Actor): boolean {
  return actor.role === 'state_rep' && actor.scope?.validated === true;
}
