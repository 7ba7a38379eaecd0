import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder, rowsOf } from './migrate';
import { createTestDb, type TestDb } from './testing';

/*
 * Migration 0015 (conventions) on conventions written before it: each gets its facts, a cancelled one
 * its cancellation, and a signature given before conventions had a text is kept, voided.
 */

let t: TestDb;
const run = async (statements: string[]) => {
  for (const statement of statements) await t.db.execute(sql.raw(statement));
};
const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  t = await createTestDb({ migrated: false });
  const migrations = readMigrationFiles({ migrationsFolder });
  await run(migrations.slice(0, 15).flatMap((migration) => migration.sql));
  await run([
    `insert into regions values ('11', 'Île-de-France')`,
    `insert into academies values ('24', 'Créteil', '11', 'C', null)`,
    `insert into departments values ('93', 'Seine-Saint-Denis', '11', '24')`,
    `insert into users (id, email, role, first_name, last_name) values ('${id(1)}', 'eleve@exemple.fr', 'pupil', 'Inès', 'Benali'), ('${id(2)}', 'chef@exemple.fr', 'school_staff', 'Nadia', 'Belkacem')`,
    `insert into schools (id, uai, name, commune, postcode, department_code) values ('${id(10)}', '0931232J', 'Collège Henri Barbusse', 'Saint-Denis', '93200', '93')`,
    `insert into school_classes (id, school_id, school_year, name) values ('${id(11)}', '${id(10)}', 2026, '3e A')`,
    `insert into pupils (user_id, school_id, class_id) values ('${id(1)}', '${id(10)}', '${id(11)}')`,
    `insert into host_organisations (id, kind, name, commune, postcode) values ('${id(20)}', 'private', 'Logistique du Landy', 'Saint-Denis', '93200')`,
    `insert into offers (id, organisation_id, school_year, title, street, postcode, commune, seats_per_week, seats_per_year) values ('${id(30)}', '${id(20)}', 2026, 'Logistique', '12 rue du Landy', '93200', 'Saint-Denis', 2, 4), ('${id(31)}', '${id(20)}', 2026, 'Autre', '1 rue', '93200', 'Saint-Denis', 2, 4)`,
    `insert into offer_weeks (offer_id, week) values ('${id(30)}', '2026-12-07'), ('${id(31)}', '2026-12-14')`,
    `insert into applications (id, pupil_id, offer_id, week, status) values ('${id(40)}', '${id(1)}', '${id(30)}', '2026-12-07', 'confirmed'), ('${id(41)}', '${id(1)}', '${id(31)}', '2026-12-14', 'canceled_by_pupil')`,
    `insert into agreements (id, application_id, status) values ('${id(50)}', '${id(40)}', 'pending_signatures'), ('${id(51)}', '${id(41)}', 'canceled')`,
    `insert into agreement_signatures (agreement_id, party, signer_name, signer_user_id) values ('${id(50)}', 'school', 'Nadia Belkacem', '${id(2)}')`,
  ]);
  await run(migrations[15]!.sql);
});
afterAll(() => t.close());

describe('migration 0015 on existing conventions', () => {
  it('copies the facts of each and cancels the cancelled one', async () => {
    const rows = rowsOf<{ id: string; facts: unknown; canceled: boolean; reason: string | null; host_part: unknown }>(
      await t.db.execute(
        sql`select id, facts, host_part, canceled_at is not null as canceled, cancellation_reason as reason from agreements order by id`,
      ),
    );
    expect(rows).toMatchObject([
      {
        id: id(50),
        canceled: false,
        reason: null,
        host_part: {},
        facts: {
          school: { name: 'Collège Henri Barbusse', uai: '0931232J', address: { postcode: '93200' } },
          host: { name: 'Logistique du Landy', siret: null },
          pupil: { firstName: 'Inès', lastName: 'Benali', className: '3e A' },
          internship: { offerTitle: 'Logistique', weekMonday: '2026-12-07', place: { street: '12 rue du Landy' } },
        },
      },
      { id: id(51), canceled: true, reason: expect.stringContaining('annulée') },
    ]);
  });

  it('keeps the signature given before the text existed, voided', async () => {
    const rows = rowsOf<{ party: string; voided: boolean; fingerprint: string }>(
      await t.db.execute(
        sql`select party, voided_at is not null as voided, text_fingerprint as fingerprint from agreement_signatures`,
      ),
    );
    expect(rows).toEqual([
      {
        party: 'school',
        voided: true,
        fingerprint: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    ]);
  });
});
