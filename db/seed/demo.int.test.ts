import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoAccounts } from '@/lib/demo/accounts';
import * as s from '../schema';
import { createTestDb, type TestDb } from '../testing';
import { demoWeeks, seedDemo } from './demo';

let t: TestDb;
// A frozen reference date: Saturday 28 November 2026.
const today = new Date('2026-11-28T10:00:00Z');
beforeAll(async () => {
  t = await createTestDb();
  expect(await seedDemo(t.db, today)).toBe(true);
});
afterAll(() => t.close());

describe('demo data', () => {
  it('creates every demo account, each signing in with the shared password', async () => {
    const rows = await t.db
      .select({ email: s.users.email, hash: s.users.passwordHash, status: s.users.status })
      .from(s.users);
    for (const account of demoAccounts) expect(rows.map((r) => r.email)).toContain(account.email);
    // All in the domain a server outside demo mode refuses (lib/demo/queries.ts).
    expect(rows.filter((r) => !r.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`))).toEqual([]);
    const pupil = rows.find((r) => r.email === 'eleve@demo.test')!;
    expect(await verifyPassword(DEMO_PASSWORD, pupil.hash!)).toBe(true);
  });

  it('has one pupil with and one without parental authorisation', async () => {
    const rows = await t.db
      .select({ email: s.users.email, consent: s.pupils.parentalConsentAt })
      .from(s.pupils)
      .innerJoin(s.users, eq(s.users.id, s.pupils.userId));
    expect(rows.find((r) => r.email === 'eleve@demo.test')!.consent).not.toBeNull();
    expect(rows.find((r) => r.email === 'eleve.attente@demo.test')!.consent).toBeNull();
  });

  it('places schools in Seine-Saint-Denis and Bouches-du-Rhône at real commune coordinates', async () => {
    const rows = await t.db.select().from(s.schools);
    expect(new Set(rows.map((r) => r.departmentCode))).toEqual(new Set(['93', '13']));
    const saintDenis = rows.find((r) => r.uai === '0931232J')!;
    // Saint-Denis (INSEE 93066) is centred near 48.94 N, 2.37 E.
    expect(saintDenis.lat).toBeCloseTo(48.9355, 2);
    expect(saintDenis.lng).toBeCloseTo(2.3694, 2);
  });

  it('has applications in every state of the state machine and one convention', async () => {
    const states = await t.db.selectDistinct({ status: s.applications.status }).from(s.applications);
    expect(states.map((r) => r.status).sort()).toEqual([...s.applicationStatus.enumValues].sort());
    expect(await t.db.$count(s.agreements)).toBe(1);
  });

  it('never holds more seats than an offer has in a week', async () => {
    const overbooked = await t.db.execute(sql`
      select a.offer_id, a.week from applications a join offers o on o.id = a.offer_id
      where a.status in ('accepted', 'confirmed') group by a.offer_id, a.week, o.seats_per_week
      having count(*) > o.seats_per_week`);
    expect((overbooked as unknown as { rows: unknown[] }).rows).toEqual([]);
  });

  it('uses future weeks of the current campaign, within mid-October to end of April', () => {
    const { schoolYear, list } = demoWeeks(today);
    expect(schoolYear).toBe(2026);
    expect(list[0]! > '2026-11-28').toBe(true);
    expect(list.at(-1)! <= '2027-04-30').toBe(true);
  });

  it('is seeded only once (demo mode decides whether at all: lib/demo/accounts.test.ts)', async () => {
    expect(await seedDemo(t.db, today)).toBe(false);
  });
});
