import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { PEOPLE, PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { findOfferForViewer } from './offer-page-queries';
import { answerReservation, requestReservation } from './reservation-mutations';
import { listReservationRequests } from './reservation-queries';

const TODAY = '2026-11-28';
const [ines, rayan] = [PUPILS[0][0], PUPILS[6][0]];

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const request = async (head: string, offer: number) =>
  requestReservation(await actor(head), demoId(offer), new Date(), t.db);
const answer = async (host: string, offer: number, schoolId: string, accept: boolean) =>
  answerReservation(await actor(host), { offerId: demoId(offer), schoolId, accept }, t.db);
const sees = async (viewer: string | null, offer: number) =>
  (await findOfferForViewer(viewer ? await actor(viewer) : null, demoId(offer), TODAY, t.db)) !== null;
const outbox = (template: string) =>
  t.db
    .select({ to: s.emailOutbox.toAddress, text: s.emailOutbox.textBody })
    .from(s.emailOutbox)
    .where(eq(s.emailOutbox.template, template));
const reservation = async (offer: number, school: number) =>
  (
    await t.db
      .select()
      .from(s.offerReservations)
      .where(and(eq(s.offerReservations.offerId, demoId(offer)), eq(s.offerReservations.schoolId, demoId(school))))
  )[0];

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
});
afterAll(() => t.close());

describe('a head asks, the host accepts', () => {
  it('only the head may ask, not a teacher of the school', async () => {
    expect(await request(PEOPLE.teacher.id, 403)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await request(ines.id, 403)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('the request reaches every member of the host organisation by e-mail and is audited', async () => {
    expect(await request(PEOPLE.head.id, 403)).toEqual({ ok: true, data: undefined });
    expect(await reservation(403, 101)).toMatchObject({ status: 'requested', requestedBy: PEOPLE.head.id });
    const mails = await outbox('offer_reservation_requested');
    expect(mails.map((mail) => mail.to)).toEqual([PEOPLE.publicHost.email]);
    expect(mails[0]!.text).toContain('Collège Henri Barbusse');
    expect(mails[0]!.text).toContain(`/entreprise/offres/${demoId(403)}`);
    const logged = await t.db.select().from(s.auditLog).where(eq(s.auditLog.action, 'offer.reservation_requested'));
    expect(logged).toMatchObject([
      { actorId: PEOPLE.head.id, targetId: demoId(403), details: { schoolId: demoId(101) } },
    ]);
  });

  it('asking twice is refused, with no second e-mail', async () => {
    expect(await request(PEOPLE.head.id, 403)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
      message: expect.stringContaining('déjà envoyée'),
    });
    expect(await outbox('offer_reservation_requested')).toHaveLength(1);
  });

  it('the host sees the pending request; another organisation sees none', async () => {
    expect(await listReservationRequests(await actor(PEOPLE.publicHost.id), demoId(403), t.db)).toEqual([
      {
        schoolId: demoId(101),
        schoolName: 'Collège Henri Barbusse',
        commune: expect.any(String),
        uai: '0931232J',
        requestedAt: expect.any(Date),
      },
    ]);
    expect(await listReservationRequests(await actor(PEOPLE.host.id), demoId(403), t.db)).toEqual([]);
    expect(await listReservationRequests(await actor(PEOPLE.head.id), demoId(403), t.db)).toEqual([]);
  });

  it('nobody but the offer’s managers may answer', async () => {
    expect(await answer(PEOPLE.host.id, 403, demoId(101), true)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await answer(PEOPLE.operator.id, 403, demoId(101), true)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await answer(PEOPLE.head.id, 403, demoId(101), true)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await reservation(403, 101)).toMatchObject({ status: 'requested' });
  });

  it('accepted, the offer is reserved: visible to that school only, and its head is told', async () => {
    expect(await sees(rayan.id, 403)).toBe(true);
    expect(await answer(PEOPLE.publicHost.id, 403, demoId(101), true)).toEqual({ ok: true, data: undefined });
    const [offer] = await t.db
      .select({ isReserved: s.offers.isReserved })
      .from(s.offers)
      .where(eq(s.offers.id, demoId(403)));
    expect(offer!.isReserved).toBe(true);
    expect(await sees(ines.id, 403)).toBe(true);
    expect(await sees(PEOPLE.teacher.id, 403)).toBe(true);
    expect(await sees(rayan.id, 403)).toBe(false);
    expect(await sees(PEOPLE.headMarseille.id, 403)).toBe(false);
    expect(await sees(null, 403)).toBe(false);
    expect((await outbox('offer_reservation_accepted')).map((mail) => mail.to)).toEqual([PEOPLE.head.email]);
    expect(
      await t.db.select().from(s.auditLog).where(eq(s.auditLog.action, 'offer.reservation_answered')),
    ).toMatchObject([{ actorId: PEOPLE.publicHost.id, details: { schoolId: demoId(101), accepted: true } }]);
  });

  it('an answered request cannot be answered again, nor asked again once accepted', async () => {
    expect(await answer(PEOPLE.publicHost.id, 403, demoId(101), false)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await request(PEOPLE.head.id, 403)).toMatchObject({
      ok: false,
      code: 'ALREADY_DONE',
      message: expect.stringContaining('déjà réservée'),
    });
    expect(await listReservationRequests(await actor(PEOPLE.publicHost.id), demoId(403), t.db)).toEqual([]);
  });
});

describe('a head asks, the operator declines', () => {
  it('the request on an operator’s offer reaches the operator’s members', async () => {
    expect(await request(PEOPLE.headMarseille.id, 405)).toMatchObject({ ok: true });
    expect((await outbox('offer_reservation_requested')).map((mail) => mail.to)).toContain(PEOPLE.operator.email);
  });

  it('declined, the offer stays open to all and the head is told', async () => {
    expect(await answer(PEOPLE.operator.id, 405, demoId(104), false)).toMatchObject({ ok: true });
    expect(await reservation(405, 104)).toMatchObject({ status: 'declined' });
    const [offer] = await t.db
      .select({ isReserved: s.offers.isReserved })
      .from(s.offers)
      .where(eq(s.offers.id, demoId(405)));
    expect(offer!.isReserved).toBe(false);
    expect(await sees(null, 405)).toBe(true);
    expect((await outbox('offer_reservation_declined')).map((mail) => mail.to)).toEqual([PEOPLE.headMarseille.email]);
  });

  it('a declined request may be made again', async () => {
    expect(await request(PEOPLE.headMarseille.id, 405)).toMatchObject({ ok: true });
    expect(await reservation(405, 104)).toMatchObject({ status: 'requested' });
  });
});

describe('offers a head cannot ask for', () => {
  it('one reserved for another school, a draft, an unpublished offer or an unknown id', async () => {
    for (const offer of [404, 407, 408, 499])
      expect(await request(PEOPLE.headMarseille.id, offer)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await requestReservation(await actor(PEOPLE.headMarseille.id), 'not-a-uuid', new Date(), t.db),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
