import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { DEMO_SECTORS } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { searchOffersForPupil, type SearchResult } from '@/lib/offers/search-queries';
import type { SearchFilters } from '@/lib/offers/search-schemas';

/*
 * The search's integration tests work on fixtures of their own, far from the demo's offers: a
 * collège in Aurillac (Cantal) or in Saint-Denis de La Réunion, each with a class on two weeks and a
 * pupil, and offers placed at chosen distances north of the school. searchFixtures() opens a
 * fresh database for the test file.
 */

export const TODAY = '2026-11-28';
export const [W1, W2, W3] = ['2026-12-14', '2027-01-11', '2027-02-08'] as [string, string, string];
const KM_PER_DEGREE = (Math.PI * 6371) / 180;

export interface Place {
  lat: number;
  lng: number;
  department: string;
}
export const AURILLAC: Place = { lat: 44.9264, lng: 2.4397, department: '15' };
export const SAINT_DENIS_REUNION: Place = { lat: -20.8789, lng: 55.4481, department: '974' };

export const ids = (result: { ok: true; data: SearchResult } | { ok: false }) =>
  result.ok ? result.data.items.map((o) => o.id) : [];

export function searchFixtures() {
  let t: TestDb;
  let hostOrg: string;
  let publicOrg: string;
  let serial = 0;

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

  return {
    get db() {
      return t.db;
    },
    get publicOrg() {
      return publicOrg;
    },
    schoolWithPupil,
    offerAt,
  };
}
