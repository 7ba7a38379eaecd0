import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import type { IsoDate } from '@/lib/calendar/weeks';
import { DEMAND_RADIUS_KM } from '@/lib/offers/rules';
import { bulkInsert, type InsertRow as Row } from './bulk-insert';
import type { BenchOffer } from './dataset-offers';
import type { BenchSchool } from './dataset-schools';
import { daysBefore, type BenchCampaign } from './fixtures';
import { Grid } from './grid';
import type { Random } from './random';

export type Status = (typeof s.applicationStatus.enumValues)[number];

/** Roughly a campaign in its third month: many waiting for an answer, some seats held, some refusals. */
export const STATUS_WEIGHTS: Readonly<Record<Status, number>> = {
  submitted: 0.33,
  read: 0.15,
  accepted: 0.09,
  confirmed: 0.1,
  rejected: 0.15,
  canceled_by_pupil: 0.05,
  canceled_by_host: 0.02,
  expired: 0.06,
  acceptance_expired: 0.02,
  superseded: 0.03,
};
const MOTIVATIONS = [
  'Je voudrais découvrir ce métier que je ne connais pas.',
  'Je m’intéresse à ce secteur depuis longtemps et j’aimerais voir comment on y travaille.',
  'Mon projet est de faire un bac professionnel dans ce domaine.',
];
/** Share of the authorised pupils who have applied at least once by late November. */
const APPLYING_SHARE = 0.45;

/**
 * Applications of authorised pupils to offers they can see (published, within 60 km of their
 * collège, unreserved or reserved for it), preferably for their class's week, respecting what the
 * database and the state machine guarantee: one application per pupil, offer and week; one
 * confirmed internship per pupil and week and two per year; seats held (accepted + confirmed)
 * never above the seats per week and per year.
 */
export async function insertApplications(
  db: Db,
  random: Random,
  campaign: BenchCampaign,
  schools: BenchSchool[],
  offers: BenchOffer[],
  target: number,
): Promise<Map<string, number>> {
  const published = offers.filter((offer) => offer.status === 'published');
  const grid = new Grid(published);
  const nearbyOffers = new Map<string, BenchOffer[]>();
  const visibleFrom = (school: BenchSchool) => {
    let found = nearbyOffers.get(school.id);
    if (!found) {
      found = grid
        .within(school.place, DEMAND_RADIUS_KM)
        .filter((offer) => !offer.isReserved || offer.reservedFor.includes(school.id));
      nearbyOffers.set(school.id, found);
    }
    return found;
  };

  // Pupils of a collège outside priority education without a derogation cannot search, hence apply.
  const applicants = schools
    .filter((school) => school.eligible)
    .flatMap((school) =>
      school.classes.flatMap((schoolClass) =>
        schoolClass.pupils
          .filter((pupil) => pupil.consent && random.chance(APPLYING_SHARE))
          .map((pupil) => ({ pupil, school, schoolClass })),
      ),
    );
  const seen = new Set<string>();
  const ledger = new SeatLedger();
  const rows: Row<typeof s.applications>[] = [];

  for (let attempt = 0; rows.length < target && attempt < target * 5; attempt++) {
    const { pupil, school, schoolClass } = random.pick(applicants);
    const visible = visibleFrom(school);
    if (!visible.length) continue;
    const offer = random.pick(visible);
    const classWeeks = offer.weeks.filter((week) => schoolClass.weeks.includes(week));
    const week = classWeeks.length && random.chance(0.8) ? random.pick(classWeeks) : random.pick(offer.weeks);
    const key = `${pupil.id}|${offer.id}|${week}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const status = ledger.settle(random.weighted(STATUS_WEIGHTS), offer, pupil.id, week);
    rows.push(applicationRow(random, campaign, { pupilId: pupil.id, offerId: offer.id, week, status }, 3, 45));
  }
  await bulkInsert(db, s.applications, rows);
  // How many published offers each school's pupils can see, to pick dense and sparse searches.
  return new Map(schools.map((school) => [school.id, visibleFrom(school).length]));
}

/**
 * What the database guarantees, kept while drawing applications: seats held (accepted, confirmed)
 * within each offer's seats per week and per year, one confirmed internship per pupil and week and
 * two per school year.
 */
export class SeatLedger {
  private readonly heldPerWeek = new Map<string, number>();
  private readonly heldPerOffer = new Map<string, number>();
  private readonly confirmedWeeks = new Set<string>();
  private readonly confirmedPerPupil = new Map<string, number>();

  /** Seats already held before the drawing (read from the database): in the week, and in the offer's year. */
  alreadyHeld(offerId: string, week: IsoDate, inWeek: number, inOffer: number): void {
    this.heldPerWeek.set(`${offerId}|${week}`, inWeek);
    this.heldPerOffer.set(offerId, inOffer);
  }

  /**
   * The status drawn, or what it has to become: rejected when the seats are taken, superseded
   * when the pupil may not confirm one more. Records the seat or the internship it keeps.
   */
  settle(drawn: Status, offer: BenchOffer, pupilId: string, week: IsoDate): Status {
    let status = drawn;
    const weekKey = `${offer.id}|${week}`;
    if (status === 'accepted' || status === 'confirmed') {
      const seatFree =
        (this.heldPerWeek.get(weekKey) ?? 0) < offer.seatsPerWeek &&
        (this.heldPerOffer.get(offer.id) ?? 0) < offer.seatsPerYear;
      const canConfirm =
        !this.confirmedWeeks.has(`${pupilId}|${week}`) && (this.confirmedPerPupil.get(pupilId) ?? 0) < 2;
      if (!seatFree) status = 'rejected';
      else if (status === 'confirmed' && !canConfirm) status = 'superseded';
    }
    if (status === 'accepted' || status === 'confirmed') {
      this.heldPerWeek.set(weekKey, (this.heldPerWeek.get(weekKey) ?? 0) + 1);
      this.heldPerOffer.set(offer.id, (this.heldPerOffer.get(offer.id) ?? 0) + 1);
    }
    if (status === 'confirmed') {
      this.confirmedWeeks.add(`${pupilId}|${week}`);
      this.confirmedPerPupil.set(pupilId, (this.confirmedPerPupil.get(pupilId) ?? 0) + 1);
    }
    return status;
  }
}

/** An application sent between `minDays` and `maxDays` before now, answered (unless submitted) 1 to 72 hours later. */
export function applicationRow(
  random: Random,
  campaign: BenchCampaign,
  application: { pupilId: string; offerId: string; week: IsoDate; status: Status },
  minDays: number,
  maxDays: number,
): Row<typeof s.applications> {
  const createdAt = daysBefore(campaign, random, minDays, maxDays);
  return {
    id: random.uuid(),
    ...application,
    motivation: random.pick(MOTIVATIONS),
    rejectionReason: application.status === 'rejected' ? 'Les places de cette semaine sont déjà attribuées.' : null,
    createdAt,
    updatedAt:
      application.status === 'submitted' ? createdAt : new Date(createdAt.getTime() + random.int(1, 72) * 3_600_000),
  };
}
