import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { DEMO_SECTORS, demoId, PEOPLE } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import * as rows from '@/lib/testing/offers';
import { changeOfferStatus, copyOffer } from './lifecycle-mutations';
import { notifyOffersOutOfSearch } from './out-of-search-mutations';
import { searchOffersAround } from './search-queries';
import { saveOfferStep } from './steps-mutations';

const NOW = new Date('2026-11-28T10:00:00Z');
const TODAY = '2026-11-28';
const options = { today: TODAY, now: NOW };

let t: TestDb;
let host: SessionUser, publicHost: SessionUser;
const offerRow = (id: string) => rows.offerRow(t.db, id);
const weeksOf = (id: string) => rows.offerWeeks(t.db, id);
const statusOf = (n: number) => rows.applicationStatus(t.db, n);
const outbox = (to: string) => rows.outbox(t.db, to);
const content = {
  title: 'Découvrir un atelier de réparation de vélos',
  description: 'Accueil, diagnostic, réparation.',
  jobsDiscovered: 'Mécanicien cycles, vendeur.',
  sectorId: DEMO_SECTORS.logistics,
};

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
  host = (await loadSessionUser(PEOPLE.host.id, t.db))!;
  publicHost = (await loadSessionUser(PEOPLE.publicHost.id, t.db))!;
});
afterAll(() => t.close());

describe('offers leave the search by themselves, and their host is told once', () => {
  it('when every seat is held, or no week is still to come', async () => {
    // The demo's full offers were out of the search from the start: their hosts are told first.
    expect(await notifyOffersOutOfSearch(TODAY, NOW, t.db)).toBeGreaterThan(0);
    await t.db
      .update(s.offers)
      .set({ seatsPerYear: 3 })
      .where(eq(s.offers.id, demoId(401))); // 3 pupils already hold seats (Sarah's internship was the week before last)
    const visible = async (today: string) =>
      (await searchOffersAround(null, {}, { page: 1, today }, t.db)).items.map((offer) => offer.id);
    expect(await visible(TODAY)).not.toContain(demoId(401));
    expect(await visible(TODAY)).toContain(demoId(403));
    const last403Week = (await weeksOf(demoId(403))).at(-1)!;
    expect(await visible(last403Week)).not.toContain(demoId(403));

    const notified = await notifyOffersOutOfSearch(TODAY, NOW, t.db);
    expect(notified).toBe(1);
    expect(await offerRow(demoId(401))).toMatchObject({ outOfSearchNotifiedAt: NOW });
    expect(
      (await outbox('entreprise@demo.test')).find((mail) => mail.template === 'offer_out_of_search')?.textBody,
    ).toContain('Toutes les places sont prises');
    expect(await notifyOffersOutOfSearch(TODAY, NOW, t.db)).toBe(0);
    await t.db
      .update(s.offers)
      .set({ seatsPerYear: 6 })
      .where(eq(s.offers.id, demoId(401)));
  });
});

describe('lifecycle', () => {
  it('duplicates with the weeks to come; renews last campaign’s offer without weeks; refuses to renew this campaign’s', async () => {
    const copy = await copyOffer(host, demoId(401), 'duplicate', options, t.db);
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(await offerRow(copy.data.offerId)).toMatchObject({
      status: 'draft',
      title: `${(await offerRow(demoId(401))).title} (copie)`,
      schoolYear: 2026,
      renewedFromId: null,
    });
    expect(await weeksOf(copy.data.offerId)).toEqual(await weeksOf(demoId(401)));

    const renewed = await copyOffer(host, demoId(409), 'renew', options, t.db);
    expect(renewed.ok && (await offerRow(renewed.data.offerId))).toMatchObject({
      status: 'draft',
      schoolYear: 2026,
      renewedFromId: demoId(409),
    });
    expect(renewed.ok && (await weeksOf(renewed.data.offerId))).toEqual([]);
    expect(await copyOffer(host, demoId(401), 'renew', options, t.db)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
    });
  });

  it('unpublishes and republishes; refuses to archive an offer with pupils accepted, archives one without and cancels what waits', async () => {
    expect(await changeOfferStatus(host, demoId(401), 'unpublish', options, t.db)).toMatchObject({ ok: true });
    expect(await changeOfferStatus(host, demoId(401), 'unpublish', options, t.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(await changeOfferStatus(host, demoId(401), 'publish', options, t.db)).toMatchObject({ ok: true });
    expect(await changeOfferStatus(host, demoId(401), 'archive', options, t.db)).toMatchObject({
      ok: false,
      code: 'SEATS_HELD',
      message: expect.stringContaining('2 élèves sont acceptés'),
    });
    expect(await changeOfferStatus(publicHost, demoId(403), 'archive', options, t.db)).toMatchObject({ ok: true });
    expect(await statusOf(504)).toBe('canceled_by_host');
    expect(await saveOfferStep(publicHost, demoId(403), 'contenu', content, options, t.db)).toMatchObject({
      ok: false,
      code: 'OFFER_ARCHIVED',
    });
  });
});
