import type { Random } from '../support/random';

/*
 * The simulated campaign's assumptions (bench/README.md, « Simulation de campagne »): every number
 * the simulator draws from is here, stated once, so that a figure can be traced to what produced it.
 * The rules themselves (who may see an offer, when an application expires, how seats are held) are
 * never here: the simulator calls the domain's functions and the domain decides.
 */

/** Weights of a discrete distribution, by value. */
type Weights = Readonly<Record<string, number>>;

export const MODEL = {
  /** The campaign played: 2026-2027 (holidays of zones A, B and C recorded). */
  schoolYear: 2026,
  /**
   * Collèges at scale 1, as bench's national dataset: about 55 % in priority education or with a
   * derogation. Seats offered: each department's Annex 1 targets (public and private halves as
   * printed) times the scale, offers drawn until their seats reach each.
   */
  schools: 7_000,
  /** Of the authorised pupils of eligible collèges, those who look for their internship on the platform (the others find one through family or school: the platform completes their networks, it does not replace them). */
  platformShare: 0.5,
  /** Sectors a pupil would rather discover, drawn uniformly among the 30. */
  preferredSectors: 2,
  /** Applications a pupil sends in one round: among the first page of their search, preferred sectors first, then nearest. */
  applicationsPerRound: { 1: 0.2, 2: 0.3, 3: 0.3, 5: 0.2 } as Weights,
  /** Rounds a pupil goes through before giving up: a new round after every application closed without a placement. */
  rounds: { 1: 0.3, 2: 0.4, 3: 0.3 } as Weights,
  /** A pupil starts looking this many days before their class's week, drawn uniformly. */
  startDaysBefore: [21, 56] as const,
  /** Days between the e-mail closing a pupil's last open application and their next round. */
  nextRoundAfterDays: 3,
  /** Share of host organisations that never answer (the circular's « offres non pourvues »). */
  hostSilent: 0.25,
  /** Days an answering host takes per application, drawn uniformly: past 15 the application has expired. */
  hostDelayDays: [1, 20] as const,
  /** An answering host accepts (when the database still has a seat), or refuses. */
  hostAccepts: 0.8,
  /** Share of accepted pupils who confirm, after a delay in days drawn uniformly; the others let it lapse. */
  pupilConfirms: 0.9,
  pupilConfirmDelayDays: [0, 6] as const,
  /** Weeks per offer, and seats per week (bench's dataset). */
  offerWeeks: 3,
  seatsPerWeek: { 1: 0.55, 2: 0.2, 3: 0.15, 4: 0.1 } as Weights,
  /** Share of offers with fewer seats a year than their weeks hold: half of them. */
  yearCapped: 0.2,
  /** Offers posted before the collèges choose their weeks (1 September); the rest on 1 October. */
  earlyOffers: 0.5,
  /** Organisations: a host posts this many offers on average. */
  offersPerOrganisation: 3,
  /** Where an offer is: near a collège of its department (where people live), or any commune of it. */
  nearSchool: 0.6,
} as const;

/** Days of the timeline, from the campaign's first day. */
export const TIMELINE = {
  /** The early offers are posted, the collèges are registered. */
  start: '2026-09-01',
  /** The collèges choose their classes' weeks, in a drawn order, one after the other. */
  schoolsChoose: '2026-09-21',
  /** The later offers are posted, their weeks chosen. */
  lateOffers: '2026-10-01',
} as const;

/** A value of a discrete distribution, as a number. */
export function drawCount(random: Random, weights: Weights): number {
  return Number(random.weighted(weights));
}
