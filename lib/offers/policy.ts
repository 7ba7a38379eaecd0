import { isAdmin } from '@/lib/admin/policy';
import type { SessionUser } from '@/lib/auth/types';
import { isValidatedRepresentative } from '@/lib/representatives/policy';
import { isHeadOf } from '@/lib/staff/policy';

/*
 * Who may do what with offers, as pure functions. scope.ts says the same in SQL for the queries
 * (managedOffers, visibleToSchool); policy.int.test.ts checks both agree on the same offers.
 */

type Actor = Pick<
  SessionUser,
  'role' | 'organisationId' | 'operatorId' | 'staffRole' | 'schoolId' | 'pendingConsent' | 'scope'
>;

/** Hosts and operators publish offers; the pages and actions of /entreprise/offres check this first. */
export function canManageOffers(actor: Actor): boolean {
  return (actor.role === 'host' && !!actor.organisationId) || (actor.role === 'operator' && !!actor.operatorId);
}

export interface OfferOwnership {
  organisationId: string;
  /** The operator that posted the offer for the organisation, if any. */
  operatorId: string | null;
  /** The operators that support the organisation today (operator_hosts). */
  supportingOperatorIds: readonly string[];
}

/**
 * A host's members manage every offer of their organisation (including those an operator posted
 * for it); an operator manages the offers it posted, for organisations it still supports.
 */
export function canManageOffer(actor: Actor, offer: OfferOwnership): boolean {
  if (actor.role === 'host') return !!actor.organisationId && actor.organisationId === offer.organisationId;
  if (actor.role === 'operator')
    return (
      !!actor.operatorId &&
      offer.operatorId === actor.operatorId &&
      offer.supportingOperatorIds.includes(actor.operatorId)
    );
  return false;
}

/**
 * Pupils see offers only once a parent's authorisation is recorded and while their school is
 * registered and eligible today (REP+, REP or a derogation still in force: eligibleSchool in
 * lib/schools/queries.ts, read at each request); others always.
 */
export function canSearchOffers(
  actor: Actor,
  school: { registeredAt: Date | null; eligible: boolean } | null,
): boolean {
  if (actor.role !== 'pupil') return true;
  return (
    actor.pendingConsent === false && actor.schoolId !== undefined && school?.registeredAt != null && school.eligible
  );
}

/** Asking a host to reserve an offer for a school: that school's head. */
export function canRequestReservation(actor: Actor & { id: string }): boolean {
  return !!actor.schoolId && isHeadOf(actor, actor.schoolId);
}

/** The national team unpublishes any offer with a reason the host reads, and lifts it. */
export function canModerateOffers(actor: Actor): boolean {
  return isAdmin(actor);
}

/**
 * Anyone signed in reports an offer they can read (and do not manage: the mutation checks both in
 * SQL); the admin needs no report, it moderates.
 */
export function canReportOffers(actor: Actor): boolean {
  return !isAdmin(actor);
}

/** Reports are read by the admin (all of them) and by validated representatives (their territory, read only). */
export function canReadOfferReports(actor: Actor): boolean {
  return isAdmin(actor) || isValidatedRepresentative(actor);
}
