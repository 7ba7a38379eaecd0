import { eq, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { listOffersForPupil, listPublishedOffers, type OfferPage } from './search-queries';

const TODAY = '2026-11-28';
const [ines, yanis, rayan] = [PUPILS[0][0], PUPILS[1][0], PUPILS[6][0]];

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const ids = (page: OfferPage) => page.items.map((offer) => offer.id);
const offersFor = async (id: string, today = TODAY) => listOffersForPupil(await actor(id), { page: 1, today }, t.db);
const offerIds = (...numbers: number[]) => numbers.map(demoId);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
  // These cases reason on the demo's own offers (401-409): its few hundred search offers are withdrawn.
  await t.db
    .update(s.offers)
    .set({ status: 'unpublished' })
    .where(notInArray(s.offers.organisationId, [311, 312, 313, 314].map(demoId)));
});
afterAll(() => t.close());

describe('offers a pupil may see', () => {
  it('none before the parental authorisation is recorded', async () => {
    expect(await offersFor(yanis.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('within 60 km of a Saint-Denis collège, nearest first, with the offer reserved for it', async () => {
    const result = await offersFor(ines.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 401 Saint-Denis, 402 Saint-Ouen, 403 and 404 Bobigny; nothing in Marseille; no draft or unpublished offer.
    expect(new Set(ids(result.data))).toEqual(new Set(offerIds(401, 402, 403, 404)));
    const distances = result.data.items.map((offer) => offer.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThan(15);
    expect(result.data.items.find((offer) => offer.id === demoId(401))).toMatchObject({
      title: 'Découvrir les métiers de la logistique urbaine',
      organisationName: 'Horizon Logistique Plaine Commune',
      commune: 'Saint-Denis',
      weeks: ['2026-12-14', '2026-12-28', '2027-01-11', '2027-01-25'],
    });
  });

  it('in Marseille: the Marseille offers, never one reserved for another school', async () => {
    const result = await offersFor(rayan.id);
    expect(result.ok && new Set(ids(result.data))).toEqual(new Set(offerIds(405, 406)));
  });

  it('anywhere once the head opens national search, still without another school’s reserved offer', async () => {
    await t.db
      .update(s.schools)
      .set({ nationalSearchOpenedAt: new Date() })
      .where(eq(s.schools.id, demoId(104)));
    const result = await offersFor(rayan.id);
    await t.db
      .update(s.schools)
      .set({ nationalSearchOpenedAt: null })
      .where(eq(s.schools.id, demoId(104)));
    expect(result.ok && new Set(ids(result.data))).toEqual(new Set(offerIds(401, 402, 403, 405, 406)));
    // Nearest first: Marseille before Île-de-France, about 660 km away.
    expect(result.ok && result.data.items.at(-1)!.distanceKm).toBeGreaterThan(600);
  });

  it('only offers with a week still to come, and only those weeks: a week that has begun is over', async () => {
    const result = await offersFor(ines.id, '2027-02-07');
    expect(result.ok && result.data.items.map((offer) => [offer.id, offer.weeks])).toEqual([
      [demoId(403), ['2027-02-08']],
    ]);
    expect(await offersFor(ines.id, '2027-02-08')).toMatchObject({ ok: true, data: { items: [] } });
  });

  it('refuses other roles', async () => {
    expect(await listOffersForPupil(await actor(demoId(2)), { page: 1, today: TODAY }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('public offer list', () => {
  it('shows published, unreserved offers with a week to come, without distance', async () => {
    const page = await listPublishedOffers({ page: 1, today: TODAY }, t.db);
    expect(new Set(ids(page))).toEqual(new Set(offerIds(401, 402, 403, 405, 406)));
    expect(page).toMatchObject({ total: 5, page: 1, pageCount: 1 });
    expect(page.items.every((offer) => offer.distanceKm === null)).toBe(true);
  });

  it('pages by 20, newest first', async () => {
    const [template] = await t.db
      .select()
      .from(s.offers)
      .where(eq(s.offers.id, demoId(401)));
    const created = await t.db
      .insert(s.offers)
      .values(
        Array.from({ length: 20 }, (_, i) => ({
          ...template!,
          id: undefined,
          title: `Offre ${i}`,
          publishedAt: new Date(Date.UTC(2026, 10, 27, 0, i)),
        })),
      )
      .returning({ id: s.offers.id });
    await t.db.insert(s.offerWeeks).values(created.map(({ id }) => ({ offerId: id, week: '2026-12-14' })));

    const first = await listPublishedOffers({ page: 1, today: TODAY }, t.db);
    expect(first).toMatchObject({ total: 25, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    // Demo offers were published "today" (28 November), after the 20 new ones (27 November).
    expect(first.items.slice(5, 7).map((offer) => offer.title)).toEqual(['Offre 19', 'Offre 18']);
    const second = await listPublishedOffers({ page: 2, today: TODAY }, t.db);
    expect(second.items.map((offer) => offer.title)).toEqual(['Offre 4', 'Offre 3', 'Offre 2', 'Offre 1', 'Offre 0']);
  });
});
