import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import { exportPersonalData, getAccountOverview } from './queries';

let t: TestDb;
const now = new Date('2026-11-28T10:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
});
afterAll(() => t.close());

describe('downloading one’s data', () => {
  it('gives a pupil their account, school record and applications with their history, and nobody else’s data', async () => {
    const [person] = PUPILS[0];
    const data = await exportPersonalData((await loadSessionUser(person.id, t.db))!, now, t.db);
    expect(data.compte).toMatchObject({
      adresseElectronique: person.email,
      prenom: person.firstName,
      nom: person.lastName,
      profil: 'Élève',
    });
    expect(data.eleve).toMatchObject({
      college: 'Collège Henri Barbusse',
      classe: '3e A',
      genre: 'girl',
      autorisationParentaleEnregistreeLe: now,
    });
    // Seeded: four applications, one confirmed with a convention signed by the school and the host.
    expect(data.candidatures).toHaveLength(4);
    const confirmed = data.candidatures.find((application) => application.statut === 'confirmed')!;
    expect(confirmed.offre.titre).toBe('Découvrir les métiers de la logistique urbaine');
    expect(confirmed.historique.map((event) => [event.vers, event.parVous])).toEqual([
      ['submitted', true],
      ['read', false],
      ['accepted', false],
      ['confirmed', true],
    ]);
    expect(confirmed.convention?.signatures.map((signature) => signature.partie).sort()).toEqual(['host', 'school']);

    const json = JSON.stringify(data);
    for (const [other] of PUPILS.slice(1)) expect(json).not.toContain(other.lastName);
    // The teacher who recorded the consent, the head and host who signed, the offer's tutor.
    for (const name of [PEOPLE.teacher.lastName, PEOPLE.head.lastName, PEOPLE.host.lastName])
      expect(json).not.toContain(name);
    expect(json).not.toMatch(/scrypt|passwordHash|tokenHash/);
  });

  it('gives staff their memberships, without the pupils they follow', async () => {
    const head = (await loadSessionUser(PEOPLE.head.id, t.db))!;
    const data = await exportPersonalData(head, now, t.db);
    expect(data.etablissements).toMatchObject([
      { college: 'Collège Henri Barbusse', fonction: 'Chef d’établissement', statut: 'active' },
    ]);
    expect(data.eleve).toBeNull();
    expect(data.candidatures).toEqual([]);
    const json = JSON.stringify(data);
    for (const [pupil] of PUPILS) expect(json).not.toContain(pupil.lastName);
  });
});

describe('account page', () => {
  it('names where the user belongs', async () => {
    expect(await getAccountOverview((await loadSessionUser(PEOPLE.teacher.id, t.db))!, now, t.db)).toEqual({
      attachment: 'Professeur principal, Collège Henri Barbusse (Saint-Denis)',
      pendingEmail: null,
    });
    expect((await getAccountOverview((await loadSessionUser(PEOPLE.host.id, t.db))!, now, t.db)).attachment).toBe(
      'Horizon Logistique Plaine Commune',
    );
  });
});
