import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { DEMO_SECTORS, demoId, PUPILS } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { searchOffersAround, searchOffersForPupil, type SearchResult } from './search-queries';
import type { SearchFilters } from './search-schemas';

/*
 * The search on fixtures of its own, far from the demo's offers: a collège in Aurillac (Cantal)
 * and one in Saint-Denis de La Réunion, each with a class on two weeks and a pupil, and offers
 * placed at chosen distances north of the school.
 */

const TODAY = '2026-11-28';
const [W1, W2, W3] = ['2026-12-14', '2027-01-11', '2027-02-08'];
const KM_PER_DEGREE = (Math.PI * 6371) / 180;

let t: TestDb;
let hostOrg: string;
let publicOrg: string;
let serial = 0;

interface Place {
  lat: number;
  lng: number;
  department: string;
}
const AURILLAC: Place = { lat: 44.9264, lng: 2.4397, department: '15' };
const SAINT_DENIS_REUNION: Place = { lat: -20.8789, lng: 55.4481, department: '974' };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
  [hostOrg, publicOrg] = [randomUUID(), randomUUID()];
  const [ministry] = await t.db.select({ id: s.ministries.id }).from(s.ministries).limit(1);
  await t.db.insert(s.hostOrganisations).values([
    { id: hostOrg, kind: 'private', name: 'Boulangerie du Cantal' },
    { id: publicOrg, kind: 'public', name: 'Mairie', ministryId: ministry!.id },
  ]);
});
afterAll(() => t.close());

async function schoolWithPupil(place: Place, weeks = [W1, W2]) {
  const n = ++serial;
  const [schoolId, classId, pupilId] = [randomUUID(), randomUUID(), randomUUID()];
  await t.db.insert(s.schools).values({
    id: schoolId,
    uai: `099${String(n).padStart(4, '0')}Z`,
    name: `Collège d’essai ${n}`,
    commune: 'Essai',
    departmentCode: place.department,
    lat: place.lat,
    lng: place.lng,
    network: 'rep_plus',
    registeredAt: new Date(),
  });
  await t.db.insert(s.schoolClasses).values({ id: classId, schoolId, schoolYear: 2026, name: '3e A' });
  if (weeks.length) await t.db.insert(s.classInternshipWeeks).values(weeks.map((week) => ({ classId, week })));
  await t.db.insert(s.users).values({
    id: pupilId,
    email: `eleve-recherche-${n}@exemple.fr`,
    role: 'pupil',
    firstName: 'Élève',
    lastName: `Essai ${n}`,
    emailVerifiedAt: new Date(),
  });
  await t.db.insert(s.pupils).values({ userId: pupilId, schoolId, classId, parentalConsentAt: new Date() });
  const pupil = (await loadSessionUser(pupilId, t.db)) as SessionUser;
  const search = (filters: SearchFilters = {}, page = 1) =>
    searchOffersForPupil(pupil, filters, { page, today: TODAY }, t.db);
  return { schoolId, classId, pupil, search };
}

/** A published offer `km` north of `place`, 1 seat a week on `weeks` unless told otherwise. */
async function offerAt(
  place: Place,
  km: number,
  fields: Partial<typeof s.offers.$inferInsert> = {},
  weeks = [W1, W2],
): Promise<string> {
  const id = randomUUID();
  await t.db.insert(s.offers).values({
    id,
    organisationId: hostOrg,
    sectorId: DEMO_SECTORS.logistics,
    schoolYear: 2026,
    title: `Offre à ${km} km`,
    lat: place.lat + km / KM_PER_DEGREE,
    lng: place.lng,
    commune: 'Essai',
    dailyStart: '09:00',
    dailyEnd: '16:00',
    status: 'published',
    publishedAt: new Date(`${TODAY}T09:00:00Z`),
    seatsPerWeek: 1,
    seatsPerYear: 3,
    ...fields,
  });
  await t.db.insert(s.offerWeeks).values(weeks.map((week) => ({ offerId: id, week })));
  return id;
}

const ids = (result: { ok: true; data: SearchResult } | { ok: false }) =>
  result.ok ? result.data.items.map((o) => o.id) : [];

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
    await t.db.insert(s.offerReservations).values([
      { offerId: mine, schoolId },
      { offerId: theirs, schoolId: other.schoolId },
    ]);
    expect(ids(await search())).toContain(mine);
    expect(ids(await search())).not.toContain(theirs);
    const visitor = await searchOffersAround({ ...place, label: 'Aurillac' }, {}, { page: 1, today: TODAY }, t.db);
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
    await t.db.insert(s.applications).values([
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
    await t.db.insert(s.applications).values([
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
      organisationId: publicOrg,
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

    await t.db
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
    await t.db.update(s.schools).set({ searchRadiusKm: 20 }).where(eq(s.schools.id, schoolId));
    const found = await search();
    expect(ids(found)).not.toContain(at25);
    expect(found.ok && found.data.area.distances).toEqual([10, 20]);
  });
});

describe('when nothing is found', () => {
  it('proposes the nearest widenings that find offers, with the counts the widened search finds', async () => {
    const place = { ...AURILLAC, lat: AURILLAC.lat - 0.9 };
    const { search } = await schoolWithPupil(place, [W1, W2]);
    await offerAt(place, 25, { title: 'Garage automobile' });
    await offerAt(place, 26, { title: 'Garage solidaire' }, [W2]);
    await offerAt(place, 5, { title: 'Pharmacie', sectorId: DEMO_SECTORS.retail }, [W1]);
    const empty = await search({ q: 'garage', distance: 10, week: W1 });
    expect(empty.ok && empty.data.total).toBe(0);
    const widenings = empty.ok ? empty.data.widenings : [];
    // 20 km finds nothing yet, the class's other week nothing within 10 km: neither is proposed.
    expect(widenings.map((w) => [w.label, w.count])).toEqual([
      ['Jusqu’à 30 km', 1],
      ['Sans les mots « garage »', 1],
    ]);
    for (const widening of widenings) {
      const followed = await search(widening.filters);
      expect(followed.ok && followed.data.total, widening.label).toBe(widening.count);
    }
  });
});

describe('visitors', () => {
  it('see published offers reserved for no school around a place, nearest first, or the newest in France', async () => {
    const place = { ...SAINT_DENIS_REUNION, lat: SAINT_DENIS_REUNION.lat - 0.5 };
    const near = await offerAt(place, 4);
    const far = await offerAt(place, 80);
    const around = await searchOffersAround({ ...place, label: 'Saint-Pierre' }, {}, { page: 1, today: TODAY }, t.db);
    expect(around.items.map((o) => o.id)).toContain(near);
    expect(around.items.map((o) => o.id)).not.toContain(far);
    expect(around.area.radiusKm).toBe(60);
    const france = await searchOffersAround(null, {}, { page: 1, today: TODAY }, t.db);
    expect(france.area.radiusKm).toBeNull();
    expect(france.items.every((o) => o.distanceKm === null)).toBe(true);
  });

  it('refuses other roles the pupil search', async () => {
    const head = (await loadSessionUser(demoId(2), t.db)) as SessionUser;
    expect(await searchOffersForPupil(head, {}, { page: 1, today: TODAY }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
