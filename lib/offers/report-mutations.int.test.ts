import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, onPostgres, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import { RATE_LIMITS } from '@/lib/auth/rate-limit';
import type { ScopeLevel, SessionUser } from '@/lib/auth/types';
import * as rows from '@/lib/testing/offers';
import { dismissReport, moderateOffer } from './moderation-mutations';
import { listOfferReports } from './report-queries';
import { ALREADY_REPORTED, reportOffer, TOO_MANY_REPORTS } from './report-mutations';

const NOW = new Date('2026-11-28T10:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const IP = '192.0.2.10';

let t: TestDb;
let admin: SessionUser, host: SessionUser, rep93: SessionUser, repIdf: SessionUser;
let pupil: SessionUser, classmate: SessionUser, waiting: SessionUser, marseille: SessionUser;
let rep13: SessionUser, repNational: SessionUser, repPending: SessionUser;
const actor = async (id: string) => (await loadSessionUser(id, t.db))!;
const report = (who: SessionUser, n: number, minutes = 0, reason = 'Cette offre demande de payer pour le stage.') =>
  reportOffer(who, { offerId: demoId(n), reason }, { ip: IP, now: at(minutes) }, t.db);
const reportedMails = async (to: string) =>
  (await rows.outbox(t.db, to)).filter((mail) => mail.template === 'offer_reported').length;
const openTitles = async (reader: SessionUser) =>
  (await listOfferReports(reader, { handled: false }, t.db)).rows.map((row) => row.offer.title);

/** A representative of another territory, validated unless said otherwise. */
async function representative(email: string, level: ScopeLevel, territoryCode: string | null, validated = true) {
  const [user] = await t.db
    .insert(s.users)
    .values({ email, role: 'state_rep', firstName: 'Réf', lastName: 'Érent', emailVerifiedAt: NOW })
    .returning({ id: s.users.id });
  await t.db
    .insert(s.stateRepresentatives)
    .values({ userId: user!.id, level, territoryCode, validatedAt: validated ? NOW : null });
  return actor(user!.id);
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
  [admin, host, rep93, repIdf] = await Promise.all([
    actor(PEOPLE.admin.id),
    actor(PEOPLE.host.id),
    actor(PEOPLE.rep93.id),
    actor(PEOPLE.repIdf.id),
  ]);
  [pupil, waiting, classmate, marseille] = await Promise.all([
    actor(PUPILS[0][0].id),
    actor(PUPILS[1][0].id),
    actor(PUPILS[2][0].id),
    actor(PUPILS[6][0].id),
  ]);
  rep13 = await representative('referent.13@exemple.fr', 'department', '13');
  repNational = await representative('referent.national@exemple.fr', 'national', null);
  repPending = await representative('referent.attente@exemple.fr', 'department', '93', false);
});
afterAll(() => t.close());

describe('"Signaler cette offre"', () => {
  it('reaches the admin and the representatives of the territory, by e-mail once per offer, and in their lists', async () => {
    expect(await report(pupil, 401, 0)).toEqual({ ok: true, data: undefined });
    const [saved] = await t.db
      .select()
      .from(s.offerReports)
      .where(eq(s.offerReports.offerId, demoId(401)));
    expect(saved).toMatchObject({ reporterId: pupil.id, handledAt: null, reason: expect.stringContaining('payer') });
    const [audit] = await t.db.select().from(s.auditLog).where(eq(s.auditLog.action, 'offer.reported'));
    expect(audit).toMatchObject({ actorId: pupil.id, targetId: demoId(401), details: { reportId: saved!.id } });

    // Saint-Denis (93), Île-de-France, the whole country: told; Bouches-du-Rhône and a pending representative: not.
    const told = { admin: 1, rep93: 1, repIdf: 1, national: 1, rep13: 0, pending: 0 };
    const mails = async () => ({
      admin: await reportedMails(PEOPLE.admin.email),
      rep93: await reportedMails(PEOPLE.rep93.email),
      repIdf: await reportedMails(PEOPLE.repIdf.email),
      national: await reportedMails('referent.national@exemple.fr'),
      rep13: await reportedMails('referent.13@exemple.fr'),
      pending: await reportedMails('referent.attente@exemple.fr'),
    });
    expect(await mails()).toEqual(told);

    // One open report per person and offer; a second person's report joins the lists without e-mails.
    expect(await report(pupil, 401, 1)).toMatchObject({ ok: false, code: 'ALREADY_DONE', message: ALREADY_REPORTED });
    expect(await report(classmate, 401, 2, 'Le tuteur m’a demandé mon numéro personnel.')).toMatchObject({ ok: true });
    expect(await mails()).toEqual(told);

    const title = 'Découvrir les métiers de la logistique urbaine';
    const list = await listOfferReports(admin, { handled: false }, t.db);
    expect(list.total).toBe(2);
    expect(list.rows.map((row) => [row.reason.slice(0, 9), row.reporterRole, row.offer.title])).toEqual([
      ['Le tuteur', 'pupil', title],
      ['Cette off', 'pupil', title],
    ]);
    for (const reader of [rep93, repIdf, repNational]) expect(await openTitles(reader)).toEqual([title, title]);
    for (const reader of [rep13, repPending, host, pupil]) expect(await openTitles(reader)).toEqual([]);

    // A Marseille offer: the Bouches-du-Rhône representative reads it, Seine-Saint-Denis's does not.
    expect(await report(marseille, 405, 3)).toMatchObject({ ok: true });
    expect(await openTitles(rep13)).toEqual(['Animateur ou animatrice sportive']);
    expect(await openTitles(rep93)).toEqual([title, title]);
    expect(await reportedMails('referent.13@exemple.fr')).toBe(1);
  });

  it('is refused on an offer the person cannot read, manages, or that is not published', async () => {
    const notFound = { ok: false, code: 'NOT_FOUND' };
    expect(await report(host, 401)).toMatchObject(notFound); // its own offer
    expect(await report(pupil, 407)).toMatchObject(notFound); // a draft
    expect(await report(pupil, 408)).toMatchObject(notFound); // unpublished by its host
    expect(await report(marseille, 404)).toMatchObject(notFound); // reserved for another school
    expect(await report(waiting, 403)).toMatchObject(notFound); // no parental authorisation yet
    expect(await report(pupil, 999)).toMatchObject(notFound);
    expect(await report(admin, 403)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await t.db.$count(s.offerReports)).toBe(3);
  });

  it('is handled by the admin: dismissed, or the offer unpublished, which handles every open report on it', async () => {
    const [marseilleReport] = await t.db
      .select({ id: s.offerReports.id })
      .from(s.offerReports)
      .where(eq(s.offerReports.offerId, demoId(405)));
    expect(await dismissReport(rep13, marseilleReport!.id, { now: NOW }, t.db)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await dismissReport(admin, marseilleReport!.id, { now: NOW }, t.db)).toEqual({ ok: true, data: undefined });
    expect(await dismissReport(admin, marseilleReport!.id, { now: NOW }, t.db)).toMatchObject({ code: 'ALREADY_DONE' });
    const dismissals = await t.db.select().from(s.auditLog).where(eq(s.auditLog.action, 'offer.report_dismissed'));
    expect(dismissals).toMatchObject([{ actorId: admin.id, details: { reportId: marseilleReport!.id } }]);
    expect(await offerStatus(405)).toBe('published');
    expect(await openTitles(rep13)).toEqual([]);
    expect((await listOfferReports(rep13, { handled: true }, t.db)).rows).toMatchObject([{ handledAt: NOW }]);

    expect(
      await moderateOffer(admin, { offerId: demoId(401), reason: 'Stage payant.' }, { now: NOW }, t.db),
    ).toMatchObject({
      ok: true,
    });
    expect(await t.db.$count(s.offerReports, isNull(s.offerReports.handledAt))).toBe(0);
    expect(await t.db.$count(s.offerReports, eq(s.offerReports.handledBy, admin.id))).toBe(3);
    expect(await openTitles(admin)).toEqual([]);
  });

  it('is limited per account: RATE_LIMITS.offer_report.perAccount attempts an hour, refused ones included', async () => {
    const sarah = await actor(PUPILS[3][0].id);
    const { perAccount } = RATE_LIMITS.offer_report;
    const results = [];
    for (let i = 0; i < perAccount; i++) results.push((await report(sarah, 403, 30)).ok);
    expect(results).toEqual([true, ...Array(perAccount - 1).fill(false)]); // already reported after the first
    expect(await report(sarah, 402, 31)).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: TOO_MANY_REPORTS });
    expect(await t.db.$count(s.offerReports, eq(s.offerReports.reporterId, sarah.id))).toBe(1);
    // Another account is not held back, and the next hour the limit is lifted.
    expect(await report(classmate, 402, 31)).toMatchObject({ ok: true });
    expect(await report(sarah, 402, 90)).toMatchObject({ ok: true });
  });

  it.runIf(onPostgres)(
    'concurrent reports of one offer: one open report per person, one round of e-mails',
    async () => {
      const adam = await actor(PUPILS[4][0].id);
      const lina = await actor(PUPILS[5][0].id);
      const before = await reportedMails(PEOPLE.admin.email);
      const results = await Promise.all([report(adam, 406, 200), report(adam, 406, 200), report(lina, 406, 200)]);
      expect(results.filter((result) => result.ok)).toHaveLength(2);
      expect(await t.db.$count(s.offerReports, eq(s.offerReports.offerId, demoId(406)))).toBe(2);
      expect(await reportedMails(PEOPLE.admin.email)).toBe(before + 1);
    },
  );
});

async function offerStatus(n: number) {
  return (await rows.offerRow(t.db, demoId(n))).status;
}
