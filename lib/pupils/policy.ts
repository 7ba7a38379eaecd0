import type { SessionUser } from '@/lib/auth/types';
import { canEditClass } from '@/lib/classes/policy';

type Actor = Pick<SessionUser, 'id' | 'role' | 'staffRole' | 'schoolId'>;

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
