import type { SessionUser, StaffRole } from '@/lib/auth/types';

/*
 * Membership of a school's staff, and the team it forms. Technical note, Annex 1: the head and the
 * other staff (CPE, librarian, psychologist, administrative) follow the whole school; main teachers
 * and teachers follow classes; the head alone manages staff access. Pure functions of the actor
 * (rebuilt from the database on each request) and the thing; the queries filter by the same school.
 */

type Actor = Pick<SessionUser, 'id' | 'role' | 'staffRole' | 'schoolId'>;

export const SCHOOL_WIDE_ROLES: readonly StaffRole[] = ['head', 'cpe', 'librarian', 'psychologist', 'administrative'];
export const TEACHING_ROLES: readonly StaffRole[] = ['main_teacher', 'teacher'];

/** Active staff of this school, whatever their role (staffRole is unset while a join request waits). */
export function isStaffOf(actor: Actor, schoolId: string): boolean {
  return actor.role === 'school_staff' && actor.staffRole !== undefined && actor.schoolId === schoolId;
}

export function isHeadOf(actor: Actor, schoolId: string): boolean {
  return isStaffOf(actor, schoolId) && actor.staffRole === 'head';
}

/** The head and the other school-wide staff: they follow every class and pupil of the school. */
export function isSchoolWideStaffOf(actor: Actor, schoolId: string): boolean {
  return isStaffOf(actor, schoolId) && SCHOOL_WIDE_ROLES.includes(actor.staffRole!);
}

/** The head: invites, approves, changes roles and revokes staff. */
export function canManageStaff(actor: Actor, schoolId: string): boolean {
  return isHeadOf(actor, schoolId);
}

/** The staff list: managed by the head, seen read-only by the other school-wide staff; teachers follow classes only. */
export function canViewTeam(actor: Actor, schoolId: string): boolean {
  return isSchoolWideStaffOf(actor, schoolId);
}

/** A head changes the role of, or revokes, any active member but themselves: a school keeps its head. */
export function canChangeMember(actor: Actor, member: { schoolId: string; userId: string; role: string }): boolean {
  return canManageStaff(actor, member.schoolId) && member.userId !== actor.id && member.role !== 'head';
}
