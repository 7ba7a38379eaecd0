import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import * as rows from '@/lib/testing/offers';
import { DEFAULT_DASHBOARD_PARAMS } from './dashboard-schemas';
import { listManagedOffers } from './dashboard-queries';
import { changeOfferStatus, copyOffer } from './lifecycle-mutations';
import { MODERATED_OFFER } from './lifecycle-rules';
import { liftModeration, moderateOffer } from './moderation-mutations';
import { findOfferForViewer } from './offer-page-queries';
import { searchOffersAround } from './search-queries';

const NOW = new Date('2026-11-28T10:00:00Z');
const TODAY = '2026-11-28';
const OFFER = demoId(402);
const REASON = 'Adresse fictive : aucune entreprise à cette adresse. Indiquez le lieu réel du stage.';

let t: TestDb;
let admin: SessionUser, host: SessionUser, pupil: SessionUser;
const actor = async (id: string) => (await loadSessionUser(id, t.db))!;
const offerRow = (id: string) => rows.offerRow(t.db, id);
const searched = async () =>
  (await searchOffersAround(null, {}, { page: 1, today: TODAY }, t.db)).items.map((o) => o.id);
const templates = async (to: string) => (await rows.outbox(t.db, to)).map((mail) => mail.template);
const audited = async (action: string) =>
  (
    await t.db
      .select({ actorId: s.auditLog.actorId, details: s.auditLog.details })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, action), eq(s.auditLog.targetId, OFFER)))
  ).map((row) => row.actorId);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
  [admin, host, pupil] = await Promise.all([actor(PEOPLE.admin.id), actor(PEOPLE.host.id), actor(PUPILS[0][0].id)]);
});
afterAll(() => t.close());

describe('the national team unpublishes an offer with a reason its host reads', () => {
  it('the offer leaves the search at once; the host reads why, cannot republish nor copy it until the admin lifts it', async () => {
    expect(await searched()).toContain(OFFER);
    expect(await moderateOffer(host, { offerId: OFFER, reason: REASON }, { now: NOW }, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await moderateOffer(admin, { offerId: OFFER, reason: REASON }, { now: NOW }, t.db)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await offerRow(OFFER)).toMatchObject({
      status: 'unpublished',
      moderatedAt: NOW,
      moderatedBy: PEOPLE.admin.id,
      moderationReason: REASON,
    });
    expect(await searched()).not.toContain(OFFER);
    expect(await findOfferForViewer(pupil, OFFER, TODAY, t.db)).toBeNull();
    expect(await audited('offer.moderated')).toEqual([PEOPLE.admin.id]);

    // The host reads the reason: in an e-mail, on its dashboard and on the offer's page.
    const mail = (await rows.outbox(t.db, PEOPLE.host.email)).find((m) => m.template === 'offer_moderated');
    expect(mail?.textBody).toContain(REASON);
    const dashboard = await listManagedOffers(
      host,
      { ...DEFAULT_DASHBOARD_PARAMS, status: 'unpublished' },
      TODAY,
      t.db,
    );
    expect(dashboard.rows.find((row) => row.id === OFFER)).toMatchObject({ moderationReason: REASON });
    expect((await findOfferForViewer(host, OFFER, TODAY, t.db))?.moderation).toEqual({ at: NOW, reason: REASON });

    // The host cannot republish it, nor escape the moderation with a copy.
    expect(await changeOfferStatus(host, OFFER, 'publish', { today: TODAY, now: NOW }, t.db)).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: MODERATED_OFFER,
      fieldErrors: undefined,
    });
    expect(await copyOffer(host, OFFER, 'duplicate', { today: TODAY }, t.db)).toMatchObject({
      ok: false,
      message: MODERATED_OFFER,
    });
    expect(await offerRow(OFFER)).toMatchObject({ status: 'unpublished', moderationReason: REASON });
    expect(await moderateOffer(admin, { offerId: OFFER, reason: 'Encore' }, { now: NOW }, t.db)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });

    // Lifted: still unpublished, the host is told and may republish.
    expect(await liftModeration(host, OFFER, { now: NOW }, t.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await liftModeration(admin, OFFER, { now: NOW }, t.db)).toEqual({ ok: true, data: undefined });
    expect(await offerRow(OFFER)).toMatchObject({
      status: 'unpublished',
      moderatedAt: null,
      moderatedBy: null,
      moderationReason: null,
    });
    expect(await templates(PEOPLE.host.email)).toContain('offer_moderation_lifted');
    expect(await audited('offer.moderation_lifted')).toEqual([PEOPLE.admin.id]);
    expect(await liftModeration(admin, OFFER, { now: NOW }, t.db)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(await changeOfferStatus(host, OFFER, 'publish', { today: TODAY, now: NOW }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await searched()).toContain(OFFER);
  });

  it('an offer its host had unpublished can be moderated too, but not a draft nor an archived one', async () => {
    expect(await moderateOffer(admin, { offerId: demoId(408), reason: REASON }, { now: NOW }, t.db)).toMatchObject({
      ok: true,
    });
    expect(await offerRow(demoId(408))).toMatchObject({ status: 'unpublished', moderationReason: REASON });
    for (const n of [407, 409])
      expect(await moderateOffer(admin, { offerId: demoId(n), reason: REASON }, { now: NOW }, t.db)).toMatchObject({
        ok: false,
        code: 'TRANSITION_NOT_ALLOWED',
      });
    expect(await moderateOffer(admin, { offerId: demoId(999), reason: REASON }, { now: NOW }, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
