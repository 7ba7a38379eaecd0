import { canManageStaff, isStaffOf, SCHOOL_WIDE_ROLES } from '@/lib/auth/policy';
import type { SessionUser } from '@/lib/auth/types';

type Actor = Pick<SessionUser, 'id' | 'role' | 'staffRole' | 'schoolId'>;

/**
 * The staff list of a school: the head manages it (lib/auth/policy canManageStaff); the other
 * school-wide staff (CPE, librarian, psychologist, administrative) share the head's follow-up view
 * (technical note, Annex 1) and see who is on the team, read-only. Teachers follow classes only.
 */
export function canViewTeam(actor: Actor, schoolId: string): boolean {
  return isStaffOf(actor, schoolId) && SCHOOL_WIDE_ROLES.includes(actor.staffRole!);
}

/** A head changes the role of, or revokes, any active member but themselves: a school keeps its head. */
export function canChangeMember(actor: Actor, member: { schoolId: string; userId: string; role: string }): boolean {
  return canManageStaff(actor, member.schoolId) && member.userId !== actor.id && member.role !== 'head';
}
