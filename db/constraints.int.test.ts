import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from './schema';
import { createTestDb, type TestDb } from './testing';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const school = {
  uai: '0931232J',
  name: 'Collège Henri Barbusse',
  commune: 'Saint-Denis',
  departmentCode: '93',
  network: 'rep' as const,
};

/** Postgres reports the violated constraint in the error's cause; drizzle wraps it. */
async function violation(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { constraint?: string; message?: string } }).cause;
    return cause?.constraint ?? cause?.message ?? String(error);
  }
  throw new Error('the database accepted data it must refuse');
}

describe('database constraints', () => {
  it('refuses a second school with the same UAI', async () => {
    await t.db.insert(s.schools).values(school);
    expect(await violation(t.db.insert(s.schools).values({ ...school, name: 'Doublon' }))).toBe('schools_uai_unique');
  });

  it('refuses a malformed UAI', async () => {
    expect(await violation(t.db.insert(s.schools).values({ ...school, uai: '93-1232' }))).toBe('schools_uai_format');
  });

  it('refuses a second application of the same pupil to the same offer and week', async () => {
    const [sch] = await t.db
      .insert(s.schools)
      .values({ ...school, uai: '0932366S' })
      .returning();
    const [user] = await t.db
      .insert(s.users)
      .values({ email: 'pupil@test.fr', role: 'pupil', firstName: 'A', lastName: 'B' })
      .returning();
    await t.db.insert(s.pupils).values({ userId: user!.id, schoolId: sch!.id });
    const [org] = await t.db.insert(s.hostOrganisations).values({ kind: 'association', name: 'Asso' }).returning();
    const [offer] = await t.db
      .insert(s.offers)
      .values({ organisationId: org!.id, schoolYear: 2026, title: 'Stage' })
      .returning();
    const application = { pupilId: user!.id, offerId: offer!.id, week: '2027-01-11' };
    await t.db.insert(s.applications).values(application);
    expect(await violation(t.db.insert(s.applications).values(application))).toBe('applications_pupil_offer_week');
  });

  it('refuses negative seats, more seats per week than per year, and days over 7 hours', async () => {
    const [org] = await t.db.insert(s.hostOrganisations).values({ kind: 'association', name: 'Asso 2' }).returning();
    const base = { organisationId: org!.id, schoolYear: 2026, title: 'Stage' };
    expect(await violation(t.db.insert(s.offers).values({ ...base, seatsPerWeek: -1, seatsPerYear: 2 }))).toBe(
      'offers_seats',
    );
    expect(await violation(t.db.insert(s.offers).values({ ...base, seatsPerWeek: 3, seatsPerYear: 2 }))).toBe(
      'offers_seats',
    );
    // 8:30 -> 17:00 is 8 h 30 of presence; minus a 1 h lunch break it is still 7 h 30, over Annex 3's 7 h.
    expect(
      await violation(
        t.db.insert(s.offers).values({ ...base, dailyStart: '08:30', dailyEnd: '17:00', lunchBreakMinutes: 60 }),
      ),
    ).toBe('offers_daily_hours');
    // 9:00 -> 17:00 minus 1 h is exactly 7 h: allowed.
    await t.db.insert(s.offers).values({ ...base, dailyStart: '09:00', dailyEnd: '17:00', lunchBreakMinutes: 60 });
  });

  it('refuses an internship week that does not start on a Monday', async () => {
    const [org] = await t.db.insert(s.hostOrganisations).values({ kind: 'association', name: 'Asso 3' }).returning();
    const [offer] = await t.db
      .insert(s.offers)
      .values({ organisationId: org!.id, schoolYear: 2026, title: 'Stage' })
      .returning();
    expect(await violation(t.db.insert(s.offerWeeks).values({ offerId: offer!.id, week: '2027-01-12' }))).toBe(
      'offer_weeks_monday',
    );
  });

  it('refuses a public host without a ministry and a school in an unknown department', async () => {
    expect(await violation(t.db.insert(s.hostOrganisations).values({ kind: 'public', name: 'Mairie' }))).toBe(
      'host_organisations_ministry',
    );
    expect(
      await violation(t.db.insert(s.schools).values({ ...school, uai: '9999999Z', departmentCode: '99' })),
    ).toMatch(/department_code.*fk/);
  });
});
