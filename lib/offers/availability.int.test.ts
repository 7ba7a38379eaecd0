import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { demoOfferFields } from '@/lib/testing/offers';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { availabilityOf, heldSeats, OUT_OF_SEARCH, searchAbsence, seatsLeft, shownInSearch } from './availability';

/*
 * The TypeScript rules (searchAbsence, seatsLeft, used by the host's pages) and the SQL predicate
 * (shownInSearch, used by the search and the out-of-search job) must say the same thing about
 * every offer: the demo's, plus one offer per edge case built here.
 */

const TODAY = '2026-11-28';
const PAST = '2026-11-16';
const [F1, F2] = ['2026-12-14', '2027-01-11'];
const pupil = (n: number) => PUPILS[n]![0].id;

type Status = (typeof s.applicationStatus.enumValues)[number];
interface Scenario {
  n: number;
  status?: 'published' | 'draft';
  seatsPerWeek: number;
  seatsPerYear: number;
  weeks: string[];
  applications: [week: string, status: Status][];
  /** What the host is told (null: pupils find it, or not published). */
  absence: string | null;
  /** Posted by an organisation the admin suspended. */
  suspended?: boolean;
}

const SCENARIOS: Record<string, Scenario> = {
  open: { n: 901, seatsPerWeek: 2, seatsPerYear: 4, weeks: [F1, F2], applications: [[F1, 'accepted']], absence: null },
  weekFull: {
    n: 902,
    seatsPerWeek: 1,
    seatsPerYear: 2,
    weeks: [F1],
    applications: [[F1, 'accepted']],
    absence: OUT_OF_SEARCH.noSeat,
  },
  yearFull: {
    n: 903,
    seatsPerWeek: 2,
    seatsPerYear: 2,
    weeks: [F1, F2],
    applications: [
      [F1, 'accepted'],
      [F1, 'confirmed'],
    ],
    absence: OUT_OF_SEARCH.noSeat,
  },
  pastWeeksOnly: {
    n: 904,
    seatsPerWeek: 1,
    seatsPerYear: 2,
    weeks: [PAST],
    applications: [],
    absence: OUT_OF_SEARCH.noWeek,
  },
  pastFullFutureFree: {
    n: 905,
    seatsPerWeek: 1,
    seatsPerYear: 3,
    weeks: [PAST, F1],
    applications: [[PAST, 'confirmed']],
    absence: null,
  },
  pendingHoldNothing: {
    n: 906,
    seatsPerWeek: 1,
    seatsPerYear: 1,
    weeks: [F1],
    applications: [
      [F1, 'submitted'],
      [F1, 'read'],
      [F1, 'rejected'],
      [F1, 'expired'],
    ],
    absence: null,
  },
  draft: { n: 907, status: 'draft', seatsPerWeek: 1, seatsPerYear: 1, weeks: [F1], applications: [], absence: null },
  suspended: {
    n: 908,
    seatsPerWeek: 2,
    seatsPerYear: 4,
    weeks: [F1, F2],
    applications: [],
    absence: OUT_OF_SEARCH.suspended,
    suspended: true,
  },
};
const SUSPENDED_ORGANISATION = demoId(909);

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
  const fields = await demoOfferFields(t.db);
  await t.db.insert(s.hostOrganisations).values({
    id: SUSPENDED_ORGANISATION,
    kind: 'association',
    name: 'Association suspendue',
    suspendedAt: new Date(),
    suspensionReason: 'Offres trompeuses signalées par des collèges.',
  });
  for (const scenario of Object.values(SCENARIOS)) {
    const offerId = demoId(scenario.n);
    await t.db.insert(s.offers).values({
      ...fields,
      ...(scenario.suspended && { organisationId: SUSPENDED_ORGANISATION, operatorId: null }),
      id: offerId,
      status: scenario.status ?? 'published',
      seatsPerWeek: scenario.seatsPerWeek,
      seatsPerYear: scenario.seatsPerYear,
      isReserved: false,
    });
    await t.db.insert(s.offerWeeks).values(scenario.weeks.map((week) => ({ offerId, week })));
    if (scenario.applications.length)
      await t.db.insert(s.applications).values(
        scenario.applications.map(([week, status], i) => ({
          offerId,
          week,
          status,
          pupilId: pupil(i),
          rejectionReason: status === 'rejected' ? 'Complet' : null,
        })),
      );
  }
});
afterAll(() => t.close());

/** The host's view of every offer, computed in TypeScript from its rows. */
async function tsView() {
  const offers = await t.db.select().from(s.offers);
  const weeks = await t.db.select().from(s.offerWeeks);
  const suspended = new Set(
    (await t.db.select().from(s.hostOrganisations)).filter((o) => o.suspendedAt !== null).map((o) => o.id),
  );
  const views = [];
  for (const offer of offers) {
    const held = await heldSeats(t.db, offer.id);
    const offerWeeks = weeks.filter((w) => w.offerId === offer.id).map((w) => w.week);
    const absence = searchAbsence({
      ...offer,
      organisationSuspended: suspended.has(offer.organisationId),
      ...availabilityOf(offer, offerWeeks, held, TODAY),
    });
    views.push({
      id: offer.id,
      shown: offer.status === 'published' && absence === null,
      absence,
      held,
      offer,
      offerWeeks,
    });
  }
  return views;
}

describe('seat availability', () => {
  it('is the same in SQL and in TypeScript for every offer', async () => {
    const bySql = (await t.db.select({ id: s.offers.id }).from(s.offers).where(shownInSearch(TODAY))).map((o) => o.id);
    const views = await tsView();
    expect(bySql.sort()).toEqual(
      views
        .filter((v) => v.shown)
        .map((v) => v.id)
        .sort(),
    );
    // Both sides are exercised: some offers in, some out.
    expect(bySql.length).toBeGreaterThan(2);
    expect(views.filter((v) => !v.shown).length).toBeGreaterThan(2);
  });

  it('tells the host why each edge case is out of the search', async () => {
    const views = await tsView();
    for (const [name, scenario] of Object.entries(SCENARIOS))
      expect(views.find((v) => v.id === demoId(scenario.n))!.absence, name).toBe(scenario.absence);
  });

  it('keeps on each row of the search the seats seatsLeft leaves that week (migration 0014)', async () => {
    const { offerId, week, seatsFree } = s.offerSearchWeeks;
    const rows = await t.db.select({ offerId, week, seatsFree }).from(s.offerSearchWeeks);
    const views = await tsView();
    const left = rows.map(({ offerId, week }) => {
      const view = views.find((v) => v.id === offerId)!;
      return {
        offerId,
        week,
        seatsFree: seatsLeft(view.offer, { inWeek: view.held.byWeek.get(week) ?? 0, total: view.held.total }),
      };
    });
    expect(rows).toEqual(left);
    // A week partly held is among them: 'open' keeps 1 of its 2 seats on F1.
    expect(rows).toContainEqual({ offerId: demoId(SCENARIOS.open!.n), week: F1, seatsFree: 1 });
  });

  it('counts only accepted and confirmed applications as held seats, and bounds each week by the year', async () => {
    const views = await tsView();
    const yearFull = views.find((v) => v.id === demoId(SCENARIOS.yearFull!.n))!;
    expect(yearFull.held.total).toBe(2);
    // F2 is empty, but the year's two seats are taken.
    expect(seatsLeft(yearFull.offer, { inWeek: yearFull.held.byWeek.get(F2) ?? 0, total: yearFull.held.total })).toBe(
      0,
    );
    const pending = views.find((v) => v.id === demoId(SCENARIOS.pendingHoldNothing!.n))!;
    expect(pending.held.total).toBe(0);
    expect(seatsLeft(pending.offer, { inWeek: 0, total: 0 })).toBe(1);
  });
});
