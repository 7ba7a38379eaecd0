import type { offerStatus } from '@/db/schema/enums';
import type { IsoDate } from '@/lib/calendar/weeks';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import { OFFER_STEP_LABELS, type OfferStep } from './schemas';

/*
 * An offer's lifecycle: draft -> published <-> unpublished -> archived, plus duplicate and renew.
 * Pure rules, asked by the pages (which buttons to show) and enforced by lifecycle-mutations.ts
 * (which the database row lock makes safe under concurrency).
 */

export type OfferStatus = (typeof offerStatus.enumValues)[number];

/** Which statuses each host action starts from (archived is final). */
export const OFFER_TRANSITIONS = {
  publish: ['draft', 'unpublished'],
  unpublish: ['published'],
  archive: ['draft', 'published', 'unpublished'],
} as const satisfies Record<string, readonly OfferStatus[]>;
export type OfferTransition = keyof typeof OFFER_TRANSITIONS;

export function canTransition(status: OfferStatus, transition: OfferTransition): boolean {
  return (OFFER_TRANSITIONS[transition] as readonly OfferStatus[]).includes(status);
}

/** Why the transition is refused from this status. */
export const TRANSITION_REFUSALS: Record<OfferTransition, string> = {
  publish: 'Cette offre est déjà publiée ou archivée.',
  unpublish: 'Seule une offre publiée peut être dépubliée.',
  archive: 'Cette offre est déjà archivée.',
};

/** Archived offers are final: duplicate one to offer it again. */
export function isEditable(status: OfferStatus): boolean {
  return status !== 'archived';
}
export const ARCHIVED_OFFER = 'Cette offre est archivée : dupliquez-la pour la proposer à nouveau.';

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
  /** Weeks still to come. */
  futureWeeks: number;
}

/** The steps a draft still needs before it can be published, in form order. */
export function publicationGaps(offer: OfferCompleteness): OfferStep[] {
  const gaps: OfferStep[] = [];
  if (!offer.tutorName || !offer.tutorEmail) gaps.push('structure');
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
