import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { authenticateApiRequest } from '@/lib/api/auth-mutations';
import { DEMO_API_TOKEN, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoAccounts } from '@/lib/demo/accounts';
import { distanceSql } from '@/lib/geo/distance-sql';
import { seatCounterDrift } from '@/lib/offers/seat-counters-queries';
import * as s from '../schema';
import { createTestDb, type TestDb } from '../testing';
import { SECTORS } from './data/sectors';
import { seedDemo } from './demo';
import { demoWeeks } from './demo-weeks';
import { CLASSES, demoId } from './demo-data';

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

  it('has validated representatives of a department, a region and a ministry with other ministries’ offers', async () => {
    const reps = await t.db
      .select({
        email: s.users.email,
        level: s.stateRepresentatives.level,
        code: s.stateRepresentatives.territoryCode,
        ministry: s.ministries.name,
        validated: sql<boolean>`${s.stateRepresentatives.validatedAt} is not null`,
      })
      .from(s.stateRepresentatives)
      .innerJoin(s.users, eq(s.users.id, s.stateRepresentatives.userId))
      .leftJoin(s.ministries, eq(s.ministries.id, s.stateRepresentatives.ministryId));
    expect(reps.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: 'referent.93@demo.test', level: 'department', code: '93', ministry: null, validated: true },
      { email: 'referent.idf@demo.test', level: 'region', code: '11', ministry: null, validated: true },
      { email: 'referent.interieur@demo.test', level: 'ministry', code: null, ministry: 'Intérieur', validated: true },
    ]);
    // The ministry's dashboard has something to leave out: other ministries' public offers.
    const byMinistry = await t.db
      .select({ ministry: s.ministries.name, count: sql<number>`count(*)::int` })
      .from(s.offers)
      .innerJoin(s.ministries, eq(s.ministries.id, s.offers.ministryId))
      .where(eq(s.offers.status, 'published'))
      .groupBy(s.ministries.name);
    expect(byMinistry.find((r) => r.ministry === 'Intérieur')?.count).toBeGreaterThan(2);
    expect(byMinistry.filter((r) => r.ministry !== 'Intérieur').length).toBeGreaterThan(3);
  });

  it('places schools in Seine-Saint-Denis and Bouches-du-Rhône at real commune coordinates', async () => {
    const rows = await t.db.select().from(s.schools);
    expect(new Set(rows.map((r) => r.departmentCode))).toEqual(new Set(['93', '13']));
    const saintDenis = rows.find((r) => r.uai === '0931232J')!;
    // Saint-Denis (INSEE 93066) is centred near 48.94 N, 2.37 E.
    expect(saintDenis.lat).toBeCloseTo(48.9355, 2);
    expect(saintDenis.lng).toBeCloseTo(2.3694, 2);
  });

  it('has applications in every state of the state machine and two conventions', async () => {
    const states = await t.db.selectDistinct({ status: s.applications.status }).from(s.applications);
    expect(states.map((r) => r.status).sort()).toEqual([...s.applicationStatus.enumValues].sort());
    expect(await t.db.$count(s.agreements)).toBe(2);
  });

  it('never holds more seats than an offer has in a week', async () => {
    const overbooked = await t.db.execute(sql`
      select a.offer_id, a.week from applications a join offers o on o.id = a.offer_id
      where a.status in ('accepted', 'confirmed') group by a.offer_id, a.week, o.seats_per_week
      having count(*) > o.seats_per_week`);
    expect((overbooked as unknown as { rows: unknown[] }).rows).toEqual([]);
  });

  it('publishes a few hundred offers, from the next street to 80 km around each collège and a few far away', async () => {
    expect(await t.db.$count(s.offers, eq(s.offers.status, 'published'))).toBeGreaterThan(250);
    const school = await schoolCentre(demoId(101));
    const within = async (km: number) =>
      t.db.$count(
        s.offers,
        sql`${s.offers.status} = 'published' and ${distanceSql(s.offers.lat, s.offers.lng, school)} <= ${km}`,
      );
    const counts = [await within(1), await within(10), await within(20), await within(30), await within(60)];
    // Each wider search finds more: the distance filter and its widenings have something to show.
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]! + 10);
    expect(counts[0]).toBeGreaterThan(0);
    const marseille = await schoolCentre(demoId(104));
    const farFromBoth = await t.db.$count(
      s.offers,
      sql`${s.offers.status} = 'published' and ${distanceSql(s.offers.lat, s.offers.lng, school)} > 300
        and ${distanceSql(s.offers.lat, s.offers.lng, marseille)} > 100`,
    );
    expect(farFromBoth).toBeGreaterThanOrEqual(5);
  });

  it('covers every sector, public and private hosts, individual and collective internships', async () => {
    const published = eq(s.offers.status, 'published');
    const sectors = await t.db.selectDistinct({ id: s.offers.sectorId }).from(s.offers).where(published);
    expect(sectors.map((r) => r.id).sort()).toEqual(SECTORS.map((sector) => sector.id).sort());
    const kinds = await t.db
      .select({ kind: s.hostOrganisations.kind, count: sql<number>`count(*)::int` })
      .from(s.offers)
      .innerJoin(s.hostOrganisations, eq(s.hostOrganisations.id, s.offers.organisationId))
      .where(published)
      .groupBy(s.hostOrganisations.kind);
    for (const kind of ['public', 'private', 'association'])
      expect(kinds.find((r) => r.kind === kind)?.count).toBeGreaterThan(kind === 'association' ? 10 : 50);
    expect(await t.db.$count(s.offers, and(published, eq(s.offers.seatsPerWeek, 1)))).toBeGreaterThan(50);
    expect(await t.db.$count(s.offers, and(published, gt(s.offers.seatsPerWeek, 1)))).toBeGreaterThan(50);
    // Keyword search has French words to find, whatever the accents typed.
    const found = (q: string) =>
      t.db.$count(s.offers, sql`${s.offers.searchVector} @@ plainto_tsquery('french', fold_text(${q}))`);
    for (const q of ['boulangere', 'pâtisserie', 'informatiques']) expect(await found(q)).toBeGreaterThan(0);
  });

  it('reserves offers for each registered collège and for others', async () => {
    const reservations = await t.db
      .select({ schoolId: s.offerReservations.schoolId, count: sql<number>`count(*)::int` })
      .from(s.offerReservations)
      .groupBy(s.offerReservations.schoolId);
    expect(reservations.find((r) => r.schoolId === demoId(101))?.count).toBeGreaterThan(3);
    expect(reservations.find((r) => r.schoolId === demoId(104))?.count).toBeGreaterThan(2);
    expect(reservations.filter((r) => ![demoId(101), demoId(104)].includes(r.schoolId)).length).toBeGreaterThan(0);
    const unreserved = await t.db.$count(
      s.offers,
      sql`${s.offers.isReserved} and not exists (select 1 from offer_reservations r where r.offer_id = ${s.offers.id})`,
    );
    expect(unreserved).toBe(0);
  });

  it('fills some offers on every week and some on one week only, with counters equal to the real counts', async () => {
    const weeks = await t.db.execute(sql`
      select o.id, count(*) filter (where w.seats_held = o.seats_per_week)::int as full_weeks, count(*)::int as weeks
      from offers o join offer_weeks w on w.offer_id = o.id where o.status = 'published' group by o.id`);
    const rows = (weeks as unknown as { rows: { full_weeks: number; weeks: number }[] }).rows;
    expect(rows.filter((r) => r.full_weeks === r.weeks).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.full_weeks > 0 && r.full_weeks < r.weeks).length).toBeGreaterThanOrEqual(5);
    expect(await seatCounterDrift(t.db)).toEqual([]);
    // The pupils holding those seats stand for the rest of the collège: nobody signs in as them.
    const withoutPassword = await t.db
      .select({ email: s.users.email })
      .from(s.users)
      .where(sql`${s.users.role} = 'pupil' and ${s.users.passwordHash} is null`);
    expect(withoutPassword.length).toBeGreaterThanOrEqual(20);
    expect(withoutPassword.map((r) => r.email)).not.toContain(demoAccounts[0].email);
  });

  it('has offers with a free seat near each demo class on each of its weeks, some weeks rarer than others', async () => {
    const { list } = demoWeeks(today);
    const open = async (classKey: keyof typeof CLASSES, week: string) => {
      const [, schoolId] = CLASSES[classKey];
      const centre = await schoolCentre(schoolId);
      return t.db.$count(
        s.offers,
        sql`${s.offers.status} = 'published' and ${distanceSql(s.offers.lat, s.offers.lng, centre)} <= 60
          and (not ${s.offers.isReserved} or exists (select 1 from offer_reservations r where r.offer_id = ${s.offers.id} and r.school_id = ${schoolId}))
          and exists (select 1 from offer_weeks w where w.offer_id = ${s.offers.id} and w.week = ${week} and w.seats_held < ${s.offers.seatsPerWeek})`,
      );
    };
    const counts: Record<string, number[]> = {};
    for (const [key, [, , , indexes]] of Object.entries(CLASSES))
      counts[key] = await Promise.all(indexes.map((i) => open(key as keyof typeof CLASSES, list[i]!)));
    for (const perWeek of Object.values(counts)) for (const count of perWeek) expect(count).toBeGreaterThanOrEqual(10);
    // 3e A (weeks 0 and 1) and 3e 1 (weeks 1 and 3): the first of their weeks is rarer, « other weeks » finds more.
    expect(counts.A![0]).toBeLessThan(counts.A![1]! * 0.7);
    expect(counts['1']![1]).toBeLessThan(counts['1']![0]! * 0.7);
  });

  it('uses future weeks of the current campaign, within mid-October to end of April', () => {
    const { schoolYear, list } = demoWeeks(today);
    expect(schoolYear).toBe(2026);
    expect(list[0]! > '2026-11-28').toBe(true);
    expect(list.at(-1)! <= '2027-04-30').toBe(true);
  });

  it('gives the demo operator full API access and the documented token, stored as its hash only', async () => {
    const request = new Request('http://localhost/api/v1/internship_offers', {
      headers: { Authorization: `Bearer ${DEMO_API_TOKEN}` },
    });
    expect(await authenticateApiRequest(request, today, t.db)).toEqual({
      ok: true,
      caller: { tokenId: demoId(322), operatorId: demoId(321), fullAccess: true },
    });
    const stored = await t.db.select({ hash: s.apiTokens.tokenHash }).from(s.apiTokens);
    expect(stored.map((row) => row.hash)).not.toContain(DEMO_API_TOKEN);
  });

  it('is seeded only once (demo mode decides whether at all: lib/demo/accounts.test.ts)', async () => {
    expect(await seedDemo(t.db, today)).toBe(false);
  });
});

async function schoolCentre(id: string): Promise<{ lat: number; lng: number }> {
  const [school] = await t.db
    .select({ lat: s.schools.lat, lng: s.schools.lng })
    .from(s.schools)
    .where(eq(s.schools.id, id));
  return { lat: school!.lat!, lng: school!.lng! };
}
