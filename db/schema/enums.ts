import { pgEnum } from 'drizzle-orm/pg-core';

/** Coarse account kind: decides the user's space (/eleve, /etablissement, /entreprise, /pilotage, /admin). */
export const userRole = pgEnum('user_role', ['pupil', 'school_staff', 'host', 'operator', 'state_rep', 'admin']);
export const accountStatus = pgEnum('account_status', ['active', 'pending', 'disabled']);

/** Role inside a school (technical note, Annex 1). Heads and "other staff" share the school-wide view. */
export const staffRole = pgEnum('staff_role', [
  'head',
  'main_teacher',
  'teacher',
  'cpe',
  'librarian',
  'psychologist',
  'administrative',
]);
export const membershipStatus = pgEnum('membership_status', ['pending', 'active', 'revoked']);
/** A head's claim on a school: decided by the verified functional address, or by the admin. */
export const headRequestStatus = pgEnum('head_request_status', ['pending', 'approved', 'refused']);

export const gender = pgEnum('gender', ['girl', 'boy', 'not_stated']);

/** REP+ first, then REP; other collèges only by derogation approved by the prefecture and the académie. */
export const schoolNetwork = pgEnum('school_network', ['rep_plus', 'rep', 'derogation', 'none']);

/** Metropolitan zones A/B/C plus the overseas and Corsican calendars, which are set locally. */
export const holidayZone = pgEnum('holiday_zone', [
  'A',
  'B',
  'C',
  'corse',
  'guadeloupe',
  'martinique',
  'guyane',
  'reunion',
  'mayotte',
]);

export const targetLevel = pgEnum('target_level', ['national', 'region', 'department']);
export const scopeLevel = pgEnum('scope_level', ['national', 'region', 'academy', 'department', 'ministry']);

export const organisationKind = pgEnum('organisation_kind', ['public', 'private', 'association']);
export const offerStatus = pgEnum('offer_status', ['draft', 'published', 'unpublished', 'archived']);
/** canteen_invitation: the pupil eats for free; reduced_rate: staff canteen price; none: the pupil is warned. */
export const lunchArrangement = pgEnum('lunch_arrangement', ['canteen_invitation', 'reduced_rate', 'none']);
/** An organisation's admin manages its team (removes colleagues); every member manages its offers. */
export const hostMemberRole = pgEnum('host_member_role', ['admin', 'member']);
export const reservationStatus = pgEnum('reservation_status', ['requested', 'accepted', 'declined']);

/** DESIGN.md state machine; seats held = accepted + confirmed. */
export const applicationStatus = pgEnum('application_status', [
  'submitted',
  'read',
  'accepted',
  'confirmed',
  'rejected',
  'canceled_by_pupil',
  'canceled_by_host',
  'expired',
  'acceptance_expired',
  'superseded',
]);

/** After the week (issue 13): only completed internships count as « stages réalisés ». */
export const agreementOutcome = pgEnum('agreement_outcome', ['completed', 'not_held']);
export const agreementFeedbackAuthor = pgEnum('agreement_feedback_author', ['pupil', 'tutor']);
export const signatoryParty = pgEnum('signatory_party', ['school', 'host', 'pupil', 'legal_representative']);

export const emailStatus = pgEnum('email_status', ['pending', 'sent', 'failed']);

/** What an invitation link lets its holder do. */
export const invitationKind = pgEnum('invitation_kind', ['school_staff', 'host_colleague', 'operator_member']);
/** Single-use e-mailed links bound to an account. */
export const tokenPurpose = pgEnum('token_purpose', ['password_reset', 'email_change', 'email_verification']);
