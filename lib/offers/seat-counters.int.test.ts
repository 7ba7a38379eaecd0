import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { demoOfferFields } from '@/lib/testing/offers';
import { seedDemo } from '@/db/seed/demo';
import { demoWeeks } from '@/db/seed/demo-weeks';
import { DEMO_SECTORS, demoId, PUPILS } from '@/db/seed/demo-data';
import { rowsOf } from '@/db/migrate';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { anonymiseUser } from '@/lib/account/deletion-mutations';
import { repairSeatCounters } from './seat-counters-mutations';
import { freeSeatDrift, seatCounterDrift } from './seat-counters-queries';

/*
 * The held-seat counters (offers.seats_held, offer_weeks.seats_held) that the search reads instead
 * of counting applications: the database keeps them in the transaction that changes an
 * application, so they equal the real counts after every change, and a week never holds more
 * pupils than its seats, even when two acceptances race for the last one.
 */

const NOW = new Date('2026-11-28T10:00:00Z');
const [W0, W1] = demoWeeks(NOW).list as [string, string];
const pupil = (n: number) => PUPILS[n]![0].id;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
});
afterAll(() => t.close());

/** A published offer of its own for each test: 2 seats a week, 3 for the year, weeks W0 and W1. */
async function freshOffer(n: number, seats = { seatsPerWeek: 2, seatsPerYear: 3 }) {
  const fields = await demoOfferFields(t.db);
  const offerId = demoId(n);
  await t.db.insert(s.offers).values({ ...fields, ...seats, id: offerId, isReserved: false });
  await t.db.insert(s.offerWeeks).values([W0, W1].map((week) => ({ offerId, week })));
  return offerId;
}

async function counters(offerId: string) {
  const [offer] = await t.db.select({ held: s.offers.seatsHeld }).from(s.offers).where(eq(s.offers.id, offerId));
  const weeks = await t.db
    .select({ week: s.offerWeeks.week, held: s.offerWeeks.seatsHeld })
    .from(s.offerWeeks)
    .where(eq(s.offerWeeks.offerId, offerId))
    .orderBy(s.offerWeeks.week);
  return { total: offer!.held, byWeek: Object.fromEntries(weeks.map((w) => [w.week, w.held])) };
}

const apply = (offerId: string, p: number, week: string, status: 'submitted' | 'accepted' | 'confirmed') =>
  t.db
    .insert(s.applications)
    .values({ offerId, pupilId: pupil(p), week, status })
    .returning({ id: s.applications.id })
    .then(([row]) => row!.id);

const setStatus = (id: string, status: (typeof s.applicationStatus.enumValues)[number]) =>
  t.db
    .update(s.applications)
    .set({ status, rejectionReason: status === 'rejected' ? 'Complet' : null })
    .where(eq(s.applications.id, id));

describe('held-seat counters', () => {
  it('start equal to the real counts on the demo data', async () => {
    expect(await seatCounterDrift(t.db)).toEqual([]);
  });

  it('follow every change of an application: accepted and confirmed hold a seat, nothing else does', async () => {
    const offerId = await freshOffer(951);
    const a = await apply(offerId, 1, W0, 'submitted');
    expect(await counters(offerId)).toEqual({ total: 0, byWeek: { [W0]: 0, [W1]: 0 } });
    await setStatus(a, 'accepted');
    expect(await counters(offerId)).toEqual({ total: 1, byWeek: { [W0]: 1, [W1]: 0 } });
    await setStatus(a, 'confirmed');
    expect(await counters(offerId)).toEqual({ total: 1, byWeek: { [W0]: 1, [W1]: 0 } });
    const b = await apply(offerId, 2, W1, 'accepted');
    expect(await counters(offerId)).toEqual({ total: 2, byWeek: { [W0]: 1, [W1]: 1 } });
    await setStatus(b, 'acceptance_expired');
    await setStatus(a, 'canceled_by_host');
    expect(await counters(offerId)).toEqual({ total: 0, byWeek: { [W0]: 0, [W1]: 0 } });
    // Moving an accepted application to another week moves its seat.
    await setStatus(a, 'accepted');
    await t.db.update(s.applications).set({ week: W1 }).where(eq(s.applications.id, a));
    expect(await counters(offerId)).toEqual({ total: 1, byWeek: { [W0]: 0, [W1]: 1 } });
    await t.db.delete(s.applications).where(eq(s.applications.id, a));
    expect(await counters(offerId)).toEqual({ total: 0, byWeek: { [W0]: 0, [W1]: 0 } });
    expect(await seatCounterDrift(t.db)).toEqual([]);
  });

  it('count the pupils already holding a seat in a week added again to the offer', async () => {
    const offerId = await freshOffer(952);
    await apply(offerId, 0, W1, 'confirmed');
    await t.db.delete(s.offerWeeks).where(and(eq(s.offerWeeks.offerId, offerId), eq(s.offerWeeks.week, W1)));
    await t.db.insert(s.offerWeeks).values({ offerId, week: W1 });
    expect(await counters(offerId)).toEqual({ total: 1, byWeek: { [W0]: 0, [W1]: 1 } });
  });

  it('release the seats of a pupil whose account is deleted', async () => {
    const offerId = await freshOffer(953);
    await apply(offerId, 7, W0, 'accepted');
    await t.db.transaction((tx) => anonymiseUser(tx, pupil(7), { now: NOW, reason: 'request' }));
    expect(await counters(offerId)).toEqual({ total: 0, byWeek: { [W0]: 0, [W1]: 0 } });
    expect(await seatCounterDrift(t.db)).toEqual([]);
  });

  it('refuse a week holding more pupils than its seats, and an offer more than its seats for the year', async () => {
    const offerId = await freshOffer(954);
    await apply(offerId, 0, W0, 'accepted');
    await apply(offerId, 1, W0, 'confirmed');
    await expect(apply(offerId, 2, W0, 'accepted')).rejects.toMatchObject({
      cause: { constraint: 'offer_weeks_seats_held' },
    });
    await apply(offerId, 2, W1, 'accepted');
    await expect(apply(offerId, 3, W1, 'accepted')).rejects.toMatchObject({
      cause: { constraint: 'offers_seats_held' },
    });
    expect(await counters(offerId)).toEqual({ total: 3, byWeek: { [W0]: 2, [W1]: 1 } });
  });

  it('are reported and repaired when a counter was changed by hand', async () => {
    const offerId = await freshOffer(955);
    await apply(offerId, 0, W0, 'accepted');
    await t.db.update(s.offerWeeks).set({ seatsHeld: 0 }).where(eq(s.offerWeeks.offerId, offerId));
    await t.db.update(s.offers).set({ seatsHeld: 3 }).where(eq(s.offers.id, offerId));
    const drift = [
      { offerId, week: null, recorded: 3, counted: 1 },
      { offerId, week: W0, recorded: 0, counted: 1 },
    ];
    expect(await seatCounterDrift(t.db)).toEqual(drift);
    expect(await repairSeatCounters(t.db)).toEqual(drift);
    expect(await seatCounterDrift(t.db)).toEqual([]);
    expect(await freeSeatDrift(t.db)).toEqual([]);
    expect(await counters(offerId)).toEqual({ total: 1, byWeek: { [W0]: 1, [W1]: 0 } });
  });

  it('keep the list of weeks with a seat the search reads, as seats are held, released or added', async () => {
    const offerId = await freshOffer(957, { seatsPerWeek: 1, seatsPerYear: 3 });
    const openWeeks = async () =>
      (await t.db.select({ open: s.offers.openWeeks }).from(s.offers).where(eq(s.offers.id, offerId)))[0]!.open;
    expect(await openWeeks()).toEqual([W0, W1]);
    const a = await apply(offerId, 1, W0, 'accepted');
    expect(await openWeeks()).toEqual([W1]);
    await t.db.update(s.offers).set({ seatsPerWeek: 2 }).where(eq(s.offers.id, offerId));
    expect(await openWeeks()).toEqual([W0, W1]);
    await t.db.update(s.offers).set({ seatsPerWeek: 1 }).where(eq(s.offers.id, offerId));
    expect(await openWeeks()).toEqual([W1]);
    await setStatus(a, 'canceled_by_host');
    expect(await openWeeks()).toEqual([W0, W1]);
    await t.db.delete(s.offerWeeks).where(and(eq(s.offerWeeks.offerId, offerId), eq(s.offerWeeks.week, W0)));
    expect(await openWeeks()).toEqual([W1]);
  });

  it('empty that list once every seat of the year is held, though a week still has one', async () => {
    const offerId = await freshOffer(958);
    const openWeeks = async () =>
      (await t.db.select({ open: s.offers.openWeeks }).from(s.offers).where(eq(s.offers.id, offerId)))[0]!.open;
    await apply(offerId, 2, W0, 'accepted');
    await apply(offerId, 3, W0, 'confirmed');
    expect(await openWeeks()).toEqual([W1]);
    const third = await apply(offerId, 4, W1, 'accepted');
    expect(await counters(offerId)).toEqual({ total: 3, byWeek: { [W0]: 2, [W1]: 1 } });
    expect(await openWeeks()).toEqual([]);
    await t.db.update(s.offers).set({ seatsPerYear: 4 }).where(eq(s.offers.id, offerId));
    expect(await openWeeks()).toEqual([W1]);
    await t.db.update(s.offers).set({ seatsPerYear: 3 }).where(eq(s.offers.id, offerId));
    expect(await openWeeks()).toEqual([]);
    await setStatus(third, 'canceled_by_host');
    expect(await openWeeks()).toEqual([W1]);
  });

  it('keep one search row per open week of a published offer, rewritten as the offer changes', async () => {
    const offerId = await freshOffer(959, { seatsPerWeek: 1, seatsPerYear: 3 });
    const rows = () =>
      t.db
        .select({ week: s.offerSearchWeeks.week, sectorId: s.offerSearchWeeks.sectorId })
        .from(s.offerSearchWeeks)
        .where(eq(s.offerSearchWeeks.offerId, offerId))
        .orderBy(s.offerSearchWeeks.week);
    const setOffer = (fields: Partial<typeof s.offers.$inferInsert>) =>
      t.db.update(s.offers).set(fields).where(eq(s.offers.id, offerId));
    expect((await rows()).map((row) => row.week)).toEqual([W0, W1]);
    const a = await apply(offerId, 5, W0, 'accepted');
    expect((await rows()).map((row) => row.week)).toEqual([W1]);
    await setOffer({ sectorId: DEMO_SECTORS.sport });
    expect(await rows()).toEqual([{ week: W1, sectorId: DEMO_SECTORS.sport }]);
    await setOffer({ status: 'unpublished' });
    expect(await rows()).toEqual([]);
    await setOffer({ status: 'published' });
    await setStatus(a, 'canceled_by_host');
    expect((await rows()).map((row) => row.week)).toEqual([W0, W1]);
  });

  it('keep on each search row the seats its week has left, bounded by the year’s (migration 0014)', async () => {
    const offerId = await freshOffer(960);
    const free = async () =>
      Object.fromEntries(
        (
          await t.db
            .select({ week: s.offerSearchWeeks.week, free: s.offerSearchWeeks.seatsFree })
            .from(s.offerSearchWeeks)
            .where(eq(s.offerSearchWeeks.offerId, offerId))
        ).map((row) => [row.week, row.free]),
      );
    expect(await free()).toEqual({ [W0]: 2, [W1]: 2 });
    const a = await apply(offerId, 6, W0, 'accepted');
    expect(await free()).toEqual({ [W0]: 1, [W1]: 2 });
    // Two of the year's three seats held: one left, whichever week.
    await apply(offerId, 5, W1, 'confirmed');
    expect(await free()).toEqual({ [W0]: 1, [W1]: 1 });
    await setStatus(a, 'canceled_by_host');
    expect(await free()).toEqual({ [W0]: 2, [W1]: 1 });
    await t.db.update(s.offers).set({ seatsPerYear: 2 }).where(eq(s.offers.id, offerId));
    expect(await free()).toEqual({ [W0]: 1, [W1]: 1 });
    await t.db.update(s.offers).set({ seatsPerWeek: 1, seatsPerYear: 4 }).where(eq(s.offers.id, offerId));
    expect(await free()).toEqual({ [W0]: 1 });
  });

  it('leave the search rows equal to the open weeks of the published offers, after every change above', async () => {
    const derived = sql`select id, unnest(open_weeks), open_weeks from offers where status = 'published'`;
    const stored = sql`select offer_id, week, open_weeks from offer_search_weeks`;
    const [counts] = rowsOf<{ missing: number; extra: number }>(
      await t.db.execute(sql`select
        (select count(*) from (${derived} except ${stored}) d)::int as missing,
        (select count(*) from (${stored} except ${derived}) e)::int as extra`),
    );
    expect(counts).toEqual({ missing: 0, extra: 0 });
    expect(await freeSeatDrift(t.db)).toEqual([]);
  });

  it.runIf(onPostgres)('let only one of two acceptances racing for the last seat of a week win', async () => {
    const offerId = await freshOffer(956, { seatsPerWeek: 1, seatsPerYear: 2 });
    const [a, b] = [await apply(offerId, 0, W0, 'submitted'), await apply(offerId, 1, W0, 'submitted')];
    // The pool runs both updates at once on two connections.
    const results = await Promise.allSettled(
      [a, b].map((id) => t.db.update(s.applications).set({ status: 'accepted' }).where(eq(s.applications.id, id))),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await counters(offerId)).toEqual({ total: 1, byWeek: { [W0]: 1, [W1]: 0 } });
    expect(await seatCounterDrift(t.db)).toEqual([]);
  });
});
