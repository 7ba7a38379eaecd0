import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_SECTORS, PUPILS } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { AURILLAC, ids, SAINT_DENIS_REUNION, TODAY, searchFixtures, W1, W2, W3 } from '@/lib/testing/search';
import { searchOffersAround } from './search-queries';

/* A pupil's search around their school, on the fixtures of lib/testing/search.ts. */

const fixtures = searchFixtures();
const { schoolWithPupil, offerAt } = fixtures;

describe('a pupil’s search around their school', () => {
  it('keeps an offer at 59 km and leaves one at 61 km, in mainland France and overseas', async () => {
    for (const place of [AURILLAC, SAINT_DENIS_REUNION]) {
      const { search } = await schoolWithPupil(place);
      const inside = await offerAt(place, 59);
      const outside = await offerAt(place, 61);
      const found = await search();
      expect(ids(found)).toContain(inside);
      expect(ids(found)).not.toContain(outside);
      expect(found.ok && found.data.items.find((o) => o.id === inside)!.distanceKm).toBeCloseTo(59, 0);
      // The map is drawn from the same result: the school, the circle, each offer's position.
      expect(found.ok && found.data.area).toMatchObject({ radiusKm: 60, centre: { lat: place.lat, lng: place.lng } });
    }
  });

  it('lists nearest first, counts every result, and pages by 20', async () => {
    const place = { ...AURILLAC, lat: AURILLAC.lat + 0.01 };
    const { search } = await schoolWithPupil(place);
    const created = [];
    for (let km = 1; km <= 22; km++) created.push(await offerAt(place, km + 0.5));
    const first = await search();
    expect(first.ok && first.data).toMatchObject({ total: expect.any(Number), pageCount: 2 });
    const distances = first.ok ? first.data.items.map((o) => o.distanceKm!) : [];
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const second = await search({}, 2);
    expect([...ids(first), ...ids(second)]).toEqual(expect.arrayContaining(created));
    expect(first.ok && second.ok && first.data.total).toBe(ids(first).length + ids(second).length);
  });

  it('never shows an offer reserved for another school, and shows the one reserved for theirs', async () => {
    const place = { ...AURILLAC, lng: AURILLAC.lng + 0.3 };
    const { schoolId, search } = await schoolWithPupil(place);
    const other = await schoolWithPupil(place);
    const mine = await offerAt(place, 5, { isReserved: true });
    const theirs = await offerAt(place, 6, { isReserved: true });
    await fixtures.db.insert(s.offerReservations).values([
      { offerId: mine, schoolId },
      { offerId: theirs, schoolId: other.schoolId },
    ]);
    expect(ids(await search())).toContain(mine);
    expect(ids(await search())).not.toContain(theirs);
    const visitor = await searchOffersAround(
      { ...place, label: 'Aurillac' },
      {},
      { page: 1, today: TODAY },
      fixtures.db,
    );
    expect(visitor.items.map((o) => o.id)).not.toContain(mine);
  });

  it('shows only offers with a free seat on one of the class’s weeks, and only those weeks', async () => {
    const place = { ...AURILLAC, lng: AURILLAC.lng - 0.3 };
    const { search } = await schoolWithPupil(place, [W1, W2]);
    const otherWeek = await offerAt(place, 3, {}, [W3]);
    const full = await offerAt(place, 4, {}, [W1, W2]);
    const halfFull = await offerAt(place, 5, {}, [W1, W2, W3]);
    const bothWeeks = await offerAt(place, 6, {}, [W1, W2]);
    const taken = PUPILS.map(([p]) => p.id);
    await fixtures.db.insert(s.applications).values([
      { offerId: full, pupilId: taken[0]!, week: W1, status: 'accepted' },
      { offerId: full, pupilId: taken[2]!, week: W2, status: 'confirmed' },
      { offerId: halfFull, pupilId: taken[3]!, week: W1, status: 'accepted' },
    ]);
    const found = await search();
    expect(ids(found)).not.toContain(otherWeek);
    expect(ids(found)).not.toContain(full);
    expect(found.ok && found.data.items.find((o) => o.id === halfFull)!.weeks).toEqual([W2]);
    // An offer open on both of the class's weeks is found once, and counted once.
    expect(ids(found).filter((id) => id === bothWeeks)).toHaveLength(1);
    expect(found.ok && found.data.items.find((o) => o.id === bothWeeks)!.weeks).toEqual([W1, W2]);
    const everyPage = [...ids(found), ...ids(await search({}, 2))];
    expect(found.ok && found.data.total).toBe(new Set(everyPage).size);
    expect(everyPage).toHaveLength(new Set(everyPage).size);
    // Choosing one of the class's weeks narrows to it; a week of another class is ignored.
    expect(ids(await search({ week: W1 }))).not.toContain(halfFull);
    const foreign = await search({ week: W3 });
    expect(foreign.ok && foreign.data.filters.week).toBeUndefined();
    expect(ids(foreign)).toContain(halfFull);
  });

  it('searches any week to come when the class has none', async () => {
    const place = { ...AURILLAC, lat: AURILLAC.lat - 0.3 };
    const { search } = await schoolWithPupil(place, []);
    const late = await offerAt(place, 2, {}, [W3]);
    expect(ids(await search())).toContain(late);
  });

  it('never shows an offer the pupil already applied to', async () => {
    const place = { ...AURILLAC, lat: AURILLAC.lat + 0.3 };
    const { pupil, search } = await schoolWithPupil(place);
    const applied = await offerAt(place, 2);
    const rejected = await offerAt(place, 3);
    await fixtures.db.insert(s.applications).values([
      { offerId: applied, pupilId: pupil.id, week: W1 },
      { offerId: rejected, pupilId: pupil.id, week: W2, status: 'rejected', rejectionReason: 'Complet' },
    ]);
    expect(ids(await search())).not.toContain(applied);
    expect(ids(await search())).not.toContain(rejected);
  });

  it('finds words without their accents, case or plural, and filters by sector, status and format', async () => {
    const place = { ...AURILLAC, lat: AURILLAC.lat + 0.6 };
    const { search } = await schoolWithPupil(place);
    const baker = await offerAt(place, 2, {
      title: 'Boulangère à la Boulangerie Centrale',
      sectorId: DEMO_SECTORS.retail,
    });
    const it = await offerAt(place, 3, {
      title: 'Une semaine au service',
      description: 'Découvrir le métier de technicien informatique',
      organisationId: fixtures.publicOrg,
      seatsPerWeek: 3,
      seatsPerYear: 6,
    });
    expect(ids(await search({ q: 'boulangere' }))).toEqual([baker]);
    expect(ids(await search({ q: 'BOULANGÈRES' }))).toEqual([baker]);
    expect(ids(await search({ q: 'informatiques' }))).toEqual([it]);
    expect(ids(await search({ sectorId: DEMO_SECTORS.retail }))).toEqual([baker]);
    expect(ids(await search({ kind: 'public' }))).toEqual([it]);
    expect(ids(await search({ kind: 'private' }))).toContain(baker);
    expect(ids(await search({ kind: 'private' }))).not.toContain(it);
    expect(ids(await search({ format: 'collective' }))).toEqual([it]);
    expect(ids(await search({ format: 'individual' }))).not.toContain(it);
  });

  it('searches a shorter distance when chosen, never beyond the school’s radius before national search', async () => {
    const place = { ...AURILLAC, lng: AURILLAC.lng + 0.9 };
    const { schoolId, search } = await schoolWithPupil(place);
    const near = await offerAt(place, 8);
    const middle = await offerAt(place, 25);
    const far = await offerAt(place, 300, { title: 'Observatoire lointain' });
    expect(ids(await search({ distance: 10 }))).toEqual([near]);
    const capped = await search({ distance: 'france' });
    expect(ids(capped)).toEqual([near, middle]);
    expect(capped.ok && capped.data.area.distances).toEqual([10, 20, 30, 60]);
    expect(ids(await search({ q: 'observatoire' }))).toEqual([]);

    await fixtures.db
      .update(s.schools)
      .set({ nationalSearchOpenedAt: new Date(), searchRadiusKm: 60 })
      .where(eq(s.schools.id, schoolId));
    const national = await search({ q: 'observatoire' });
    expect(ids(national)).toEqual([far]);
    expect(national.ok && national.data.area).toMatchObject({ radiusKm: null, distances: [10, 20, 30, 60, 'france'] });
    expect(ids(await search({ distance: 30 }))).toEqual([near, middle]);
  });

  it('follows the radius the head chose', async () => {
    const place = { ...AURILLAC, lng: AURILLAC.lng - 0.9 };
    const { schoolId, search } = await schoolWithPupil(place);
    const at25 = await offerAt(place, 25);
    await fixtures.db.update(s.schools).set({ searchRadiusKm: 20 }).where(eq(s.schools.id, schoolId));
    const found = await search();
    expect(ids(found)).not.toContain(at25);
    expect(found.ok && found.data.area.distances).toEqual([10, 20]);
  });
});
