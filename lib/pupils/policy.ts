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

/**
 * Confirming a pupil who signed up without the class's link: whoever manages that link (the
 * class's main teacher, the head and school-wide staff), who knows the pupils of the class.
 */
export function canApproveClassPupils(
  actor: Actor,
  schoolClass: { schoolId: string; mainTeacherId: string | null },
): boolean {
  return canEditClass(actor, schoolClass);
}
