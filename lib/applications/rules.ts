import type { applicationStatus } from '@/db/schema/enums';

/*
 * The application state machine of DESIGN.md, and its time limits, as pure data and functions
 * (client-safe): the mutations refuse what these refuse, and the pages show only what they allow.
 */

export type ApplicationStatus = (typeof applicationStatus.enumValues)[number];

/** Each state and the states it may move to. */
const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  // canceled_by_host from a pending state: the host removed the week or archived the offer (lib/offers).
  submitted: ['read', 'accepted', 'rejected', 'canceled_by_pupil', 'canceled_by_host', 'expired', 'superseded'],
  read: ['accepted', 'rejected', 'canceled_by_pupil', 'canceled_by_host', 'expired', 'superseded'],
  accepted: ['confirmed', 'canceled_by_host', 'canceled_by_pupil', 'acceptance_expired', 'superseded'],
  confirmed: ['canceled_by_host', 'canceled_by_pupil'],
  rejected: [],
  canceled_by_pupil: [],
  canceled_by_host: [],
  expired: [],
  acceptance_expired: [],
  superseded: [],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states a transition to `to` may start from (the WHERE of its update). */
export function statesBefore(to: ApplicationStatus): ApplicationStatus[] {
  return (Object.keys(TRANSITIONS) as ApplicationStatus[]).filter((from) => canTransition(from, to));
}

/** Still waiting for the host, or for the pupil: withdrawn when the pupil confirms elsewhere that week. */
export const OPEN_STATUSES = ['submitted', 'read', 'accepted'] as const satisfies readonly ApplicationStatus[];

/** A pupil's internships per school year (technical note, Annex 1 part 2); one per week. */
export const MAX_CONFIRMED_PER_YEAR = 2;

/** Days counted in Paris time (lib/applications/deadline-mutations.ts). */
export const DEADLINES = {
  /** The host answers within this many days of the application, or it expires… */
  answerDays: 15,
  /** …and is reminded after this many. */
  hostReminderDays: 7,
  /** The pupil confirms within this many days of the acceptance, or the seat is released… */
  confirmDays: 7,
  /** …and is reminded after this many. */
  pupilReminderDays: 5,
} as const;

/** What the pupil can do next, in their words, for each state. */
export const PUPIL_NEXT_STEP: Record<ApplicationStatus, string> = {
  submitted: `La structure d’accueil doit te répondre dans les ${DEADLINES.answerDays} jours. Tu peux candidater à d’autres offres en attendant.`,
  read: `La structure d’accueil a lu ta candidature : elle doit te répondre dans les ${DEADLINES.answerDays} jours après ton envoi.`,
  accepted: `Bonne nouvelle ! Confirme ce stage dans les ${DEADLINES.confirmDays} jours, sinon la place sera proposée à un autre élève. Tes autres candidatures pour cette semaine seront alors retirées.`,
  confirmed: 'Ton stage est confirmé. La convention de stage sera préparée par ton collège et la structure d’accueil.',
  rejected: 'Ce n’est pas grave : candidate à d’autres offres.',
  canceled_by_pupil: 'Tu as annulé cette candidature.',
  canceled_by_host: 'La structure d’accueil a annulé ta candidature. Candidate à d’autres offres.',
  expired: `La structure d’accueil n’a pas répondu dans les ${DEADLINES.answerDays} jours. Candidate à d’autres offres.`,
  acceptance_expired: `Tu n’as pas confirmé dans les ${DEADLINES.confirmDays} jours : la place a été libérée.`,
  superseded: 'Tu as confirmé un autre stage pour cette semaine : cette candidature a été retirée.',
};
