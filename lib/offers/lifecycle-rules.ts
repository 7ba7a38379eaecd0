import type { offerStatus } from '@/db/schema/enums';
import type { IsoDate } from '@/lib/calendar/weeks';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import { OFFER_STEP_LABELS, type OfferStep } from './schemas';

/*
 * An offer's lifecycle: draft -> published <-> unpublished -> archived, plus duplicate and renew,
 * and the national team's moderation: the admin unpublishes an offer with a reason (moderate), the
 * host cannot republish it until the admin lifts the moderation. The one place that says which
 * transition is allowed: asked by the pages (which buttons to show) and enforced by
 * lifecycle-mutations.ts and moderation-mutations.ts (which the database row lock makes safe).
 */

export type OfferStatus = (typeof offerStatus.enumValues)[number];

/** Which statuses each transition starts from (archived is final). */
export const OFFER_TRANSITIONS = {
  publish: ['draft', 'unpublished'],
  unpublish: ['published'],
  archive: ['draft', 'published', 'unpublished'],
  moderate: ['published', 'unpublished'],
  lift_moderation: ['unpublished'],
} as const satisfies Record<string, readonly OfferStatus[]>;
export type OfferTransition = keyof typeof OFFER_TRANSITIONS;
/** What the offer's host (or operator) does; moderate and lift_moderation are the admin's (canModerateOffers). */
export type HostTransition = Exclude<OfferTransition, 'moderate' | 'lift_moderation'>;

/** The offer as the rules see it: its status, and whether the admin unpublished it (moderated_at set). */
export interface OfferState {
  status: OfferStatus;
  moderated: boolean;
}

export function canTransition(offer: OfferState, transition: OfferTransition): boolean {
  return transitionRefusal(offer, transition) === null;
}

/** The host's message on a moderated offer: why the publish button is gone, and what to do. */
export const MODERATED_OFFER =
  'L’équipe nationale a dépublié cette offre : vous ne pouvez pas la republier vous-même. Corrigez ce que le motif signale, puis écrivez à l’équipe nationale (page Contact) pour qu’elle lève la dépublication.';

/** Why the transition is refused for this offer, or null when it is allowed. */
export function transitionRefusal(offer: OfferState, transition: OfferTransition): string | null {
  if (!(OFFER_TRANSITIONS[transition] as readonly OfferStatus[]).includes(offer.status))
    return TRANSITION_REFUSALS[transition];
  if (transition === 'publish' && offer.moderated) return MODERATED_OFFER;
  if (transition === 'moderate' && offer.moderated) return 'Cette offre est déjà dépubliée par l’équipe nationale.';
  if (transition === 'lift_moderation' && !offer.moderated) return TRANSITION_REFUSALS.lift_moderation;
  return null;
}

const TRANSITION_REFUSALS: Record<OfferTransition, string> = {
  publish: 'Cette offre est déjà publiée ou archivée.',
  unpublish: 'Seule une offre publiée peut être dépubliée.',
  archive: 'Cette offre est déjà archivée.',
  moderate: 'Seule une offre publiée ou dépubliée par sa structure peut être dépubliée par l’équipe nationale.',
  lift_moderation:
    'Aucune dépublication à lever : l’offre n’est pas dépubliée par l’équipe nationale, ou elle est archivée.',
};

/** Archived offers are final: duplicate one to offer it again. */
export function isEditable(status: OfferStatus): boolean {
  return status !== 'archived';
}
export const ARCHIVED_OFFER = 'Cette offre est archivée : dupliquez-la pour la proposer à nouveau.';

/** Duplicating or renewing a moderated offer would escape the moderation: the host fixes this one and asks instead. */
export function canCopy(offer: Pick<OfferState, 'moderated'>): boolean {
  return !offer.moderated;
}

/** A past campaign's offer can be carried to the current one (its weeks chosen again). */
export function canRenew(offer: { schoolYear: number }, today: IsoDate): boolean {
  return offer.schoolYear < currentOrUpcomingSchoolYear(today);
}

export interface OfferCompleteness {
  tutorName: string | null;
  tutorEmail: string | null;
  title: string;
  description: string;
  sectorId: string | null;
  lat: number | null;
  dailyStart: string | null;
  /** Set for offers published through the partner API, whose contract has no tutor. */
  remoteId: string | null;
  /** Weeks still to come. */
  futureWeeks: number;
}

/**
 * The steps a draft still needs before it can be published, in form order. An offer of the partner
 * API (remote_id set) needs no tutor: its contract has none, and the host names the tutor in the
 * convention, which asks for one (lib/agreements); the database requires only the place, the sector
 * and the hours of a published offer.
 */
export function publicationGaps(offer: OfferCompleteness): OfferStep[] {
  const gaps: OfferStep[] = [];
  if (offer.remoteId === null && (!offer.tutorName || !offer.tutorEmail)) gaps.push('structure');
  if (!offer.title || !offer.description || !offer.sectorId) gaps.push('contenu');
  if (offer.lat === null) gaps.push('lieu');
  if (offer.futureWeeks === 0) gaps.push('semaines');
  if (!offer.dailyStart) gaps.push('pratique');
  return gaps;
}

/** "Pour publier l’offre, complétez : lieu, semaines et places." — on the page and in the refusal alike. */
export function publicationGapsMessage(gaps: readonly OfferStep[]): string {
  return `Pour publier l’offre, complétez : ${gaps.map((step) => OFFER_STEP_LABELS[step].toLowerCase()).join(', ')}.`;
}
