import type { SessionUser } from '@/lib/auth/types';
import { canEditClass, canFollowClass } from '@/lib/classes/policy';
import { canManageOffer, type OfferOwnership } from '@/lib/offers/policy';
import { isHeadOf } from '@/lib/staff/policy';

/*
 * Who reads and who writes a convention (a minor's data): its parties and the staff who follow the
 * pupil. The legal representatives have no account: they read and sign through their single-use
 * link only, which no SessionUser carries. Nobody else, not the admin nor a state representative.
 * scope.ts says the same in SQL.
 */

type Actor = Pick<
  SessionUser,
  'id' | 'role' | 'staffRole' | 'schoolId' | 'organisationId' | 'operatorId' | 'suspension'
>;

/** Whose convention it is: the pupil, the pupil's school and class, and who manages the offer. */
export interface AgreementParties {
  pupilId: string;
  schoolId: string;
  /** The pupil's class's main teacher (null: a pupil without a class, or a class without one). */
  mainTeacherId: string | null;
  offer: OfferOwnership;
}

const pupilClass = (agreement: AgreementParties) => ({
  schoolId: agreement.schoolId,
  mainTeacherId: agreement.mainTeacherId,
});

/**
 * Reading (and later downloading) it: its pupil, the host organisation's members and the operator
 * that manages the offer, the staff who follow the pupil's class.
 */
export function canReadAgreement(actor: Actor, agreement: AgreementParties): boolean {
  if (actor.role === 'pupil') return actor.id === agreement.pupilId;
  if (actor.role === 'host' || actor.role === 'operator') return canManageOffer(actor, agreement.offer);
  if (actor.role === 'school_staff') return canFollowClass(actor, pupilClass(agreement));
  return false;
}

/** The host's part: whoever manages the offer, unless the organisation is suspended (read only). */
export function canEditHostPart(actor: Actor, agreement: AgreementParties): boolean {
  return (
    (actor.role === 'host' || actor.role === 'operator') && !actor.suspension && canManageOffer(actor, agreement.offer)
  );
}

/**
 * The school's part: the head and school-wide staff (who prepare conventions), or the class's own
 * main teacher — those who record the parental authorisation and know the legal representatives.
 */
export function canEditSchoolPart(actor: Actor, agreement: AgreementParties): boolean {
  return canEditClass(actor, pupilClass(agreement));
}

/** The school's standard terms: its head alone writes and updates them. */
export function canWriteSchoolTerms(actor: Actor, schoolId: string): boolean {
  return isHeadOf(actor, schoolId);
}

/**
 * The place an account signs on a convention, or null: its pupil; the host's representative
 * through whoever manages the offer (not while the organisation is suspended); for the school, the
 * head or the staff member its part names (schoolSignatoryId), as long as they are staff of the
 * school. The legal representatives sign through their link, without an account.
 */
export function accountSigningParty(
  actor: Actor,
  agreement: AgreementParties,
  schoolSignatoryId: string | null | undefined,
): 'pupil' | 'host' | 'school' | null {
  if (actor.role === 'pupil') return actor.id === agreement.pupilId ? 'pupil' : null;
  if (canEditHostPart(actor, agreement)) return 'host';
  if (actor.role === 'school_staff' && actor.id === schoolSignatoryId && canFollowClass(actor, pupilClass(agreement)))
    return 'school';
  return null;
}
