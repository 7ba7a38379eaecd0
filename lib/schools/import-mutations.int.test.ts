import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { academies, departments, regions, schools } from '@/db/schema';
import { createTestDb, type TestDb } from '@/db/testing';
import { decodeCsv } from '@/lib/csv';
import { importSchools } from './import-mutations';
import { parseSchoolFile } from './import-rules';

let t: TestDb;

/**
 * The territories these fixtures need. The reference seed may already hold them (under other
 * académie codes, say), so every insert yields to an existing row on any unique key.
 */
async function ensureTerritories(db: Db) {
  await db
    .insert(regions)
    .values([
      { code: '11', name: 'Île-de-France' },
      { code: '93', name: "Provence-Alpes-Côte d'Azur" },
      { code: '94', name: 'Corse' },
    ])
    .onConflictDoNothing();
  await db
    .insert(academies)
    .values([
      { code: 'creteil', name: 'Créteil', regionCode: '11', holidayZone: 'C' },
      { code: 'aix-marseille', name: 'Aix-Marseille', regionCode: '93', holidayZone: 'B' },
      { code: 'corse', name: 'Corse', regionCode: '94', holidayZone: 'corse' },
    ])
    .onConflictDoNothing();
  const academyOf = async (name: string, fallback: string) =>
    (await db.select({ code: academies.code }).from(academies).where(eq(academies.name, name)))[0]?.code ?? fallback;
  await db
    .insert(departments)
    .values([
      { code: '93', name: 'Seine-Saint-Denis', regionCode: '11', academyCode: await academyOf('Créteil', 'creteil') },
      {
        code: '13',
        name: 'Bouches-du-Rhône',
        regionCode: '93',
        academyCode: await academyOf('Aix-Marseille', 'aix-marseille'),
      },
      { code: '2A', name: 'Corse-du-Sud', regionCode: '94', academyCode: await academyOf('Corse', 'corse') },
    ])
    .onConflictDoNothing();
}

async function importFixture(name: string) {
  const parsed = parseSchoolFile(decodeCsv(readFileSync(path.join(import.meta.dirname, 'fixtures', name))));
  const report = await importSchools(t.db, parsed.records, { batchSize: 4 }); // small batches: several transactions
  return { ...report, rejected: [...parsed.rejected, ...report.rejected].sort((a, b) => a.line - b.line) };
}

async function school(uai: string) {
  const [row] = await t.db.select().from(schools).where(eq(schools.uai, uai));
  if (!row) throw new Error(`${uai} absent`);
  return row;
}

beforeAll(async () => {
  t = await createTestDb();
  await ensureTerritories(t.db);
});
afterAll(() => t?.close());

describe('importSchools', () => {
  it('creates the collèges of a REP list with their network, without coordinates', async () => {
    const report = await importFixture('rep-2022.csv');
    expect(report).toMatchObject({ imported: 6, updated: 0, unchanged: 0 });
    expect(report.rejected.map((r) => r.line)).toEqual([11, 12]);
    expect(await school('0931184G')).toMatchObject({
      name: 'JEAN MOULIN',
      commune: 'AUBERVILLIERS',
      departmentCode: '93',
      network: 'rep_plus',
      lat: null,
    });
    expect(await school('6200006M')).toMatchObject({ departmentCode: '2A', network: 'rep' });
  });

  it('completes them from a coordinate list without losing known networks', async () => {
    // An admin granted a derogation to a collège near a QPV before the list arrived.
    await t.db.insert(schools).values({
      uai: '0931439J',
      name: 'MARIE CURIE',
      commune: 'LES LILAS',
      departmentCode: '93',
      network: 'derogation',
    });

    const report = await importFixture('colleges-coordonnees.csv');
    expect(report).toMatchObject({ imported: 1, updated: 5, unchanged: 0 });
    expect(report.rejected).toEqual([
      // Duplicate UAI: the first occurrence (line 4) wins, the later one is reported.
      { line: 7, uai: '0132561N', reason: expect.stringMatching(/UAI en double : déjà présent ligne 4/) },
      { line: 8, uai: '0960012S', reason: 'département « 96 » inconnu du référentiel' },
      { line: 9, uai: '0932529Y', reason: expect.stringMatching(/lettre clé/) },
      { line: 10, uai: '0930893R', reason: expect.stringMatching(/hors limites/) },
    ]);

    expect(await school('0931184G')).toMatchObject({
      name: 'Jean Moulin',
      commune: 'Aubervilliers',
      postcode: '93300',
      lat: 48.907886,
      lng: 2.390673,
      network: 'rep_plus', // empty kind: kept
    });
    expect((await school('0132572A')).network).toBe('rep_plus'); // "qpv" says nothing about REP
    expect(await school('0132561N')).toMatchObject({ network: 'rep', lat: 43.2905764, commune: 'Marseille' });
    expect(await school('0931439J')).toMatchObject({
      network: 'derogation',
      address: '10, boulevard Jean Jaurès',
      lat: 48.8797,
    });
    expect(await school('6200006M')).toMatchObject({ lat: 41.941447, lng: 8.7488488, departmentCode: '2A' });
    expect(await school('0131705H')).toMatchObject({ name: 'Fernand Léger', network: 'rep', postcode: '13130' });
  });

  it('changes nothing when the same files are imported again', async () => {
    expect(await importFixture('colleges-coordonnees.csv')).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });
    // The REP list only speaks for the network: the better spelled names and communes stay.
    expect(await importFixture('rep-2022.csv')).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });
    expect(await school('0931184G')).toMatchObject({ name: 'Jean Moulin', commune: 'Aubervilliers', lat: 48.907886 });
  });

  it('moves a school between REP and REP+ when a newer list says so', async () => {
    const before = await school('0132561N');
    const parsed = parseSchoolFile(
      "ACADEMIE;N°Département;DEPARTEMENT;COMMUNE;UAI tête de réseau;NUMERO;NOM DE L'ETABLISSEMENT;TYPE_DETABLISSEMENT;EP\n" +
        'AIX-MARSEILLE;13;BOUCHES-DU-RHONE;MARSEILLE 06;0132561N;0132561N;ANATOLE FRANCE;COLLEGE;REP+\n',
    );
    expect(await importSchools(t.db, parsed.records)).toMatchObject({
      imported: 0,
      updated: 1,
      unchanged: 0,
      rejected: [],
    });
    const after = await school('0132561N');
    expect(after).toMatchObject({ network: 'rep_plus', name: before.name, lat: before.lat });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    // An older export still saying "rep" does not undo the official list, whatever the import order.
    await importFixture('colleges-coordonnees.csv');
    expect((await school('0132561N')).network).toBe('rep_plus');
  });
});
