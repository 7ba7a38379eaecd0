import type { SessionUser } from '@/lib/auth/types';
import { isHeadOf, isStaffOf } from '@/lib/staff/policy';

/*
 * The school's own settings. Technical note, Annex 1 part 2: pupils search within 60 km of their
 * collège, and « le chef d'établissement pourra ouvrir ce périmètre à une recherche à l'échelle
 * nationale »: the head alone decides; the rest of the staff see the choice (pupils and parents ask them).
 */

type Actor = Pick<SessionUser, 'id' | 'role' | 'staffRole' | 'schoolId'>;

/** The search radius and national search: the head of the school. */
export function canChangeSearchSettings(actor: Actor, schoolId: string): boolean {
  return isHeadOf(actor, schoolId);
}

/** The same settings, read-only with who opened national search and when: every active staff member. */
export function canViewSearchSettings(actor: Actor, schoolId: string): boolean {
  return isStaffOf(actor, schoolId);
}
