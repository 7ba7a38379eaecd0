import { contract } from '@/lib/testing/api-contract';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { applicationFixtures, NOW, W0, W1, W2 } from '@/lib/testing/applications';
import { demoOperator, newOperator, offerBody, OPTIONS, SECTOR_UUID } from '@/lib/testing/api-offers';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import { createApiOffer, deleteApiOffer, updateApiOffer } from './offer-mutations';
import type { ApiCaller } from './types';

/*
 * The partner API's writes on both databases, every status of the contract and more: the contract's
 * own example request, its error bodies (field names, codes, messages), the form's rules (7 hours a
 * day, the campaign's weeks, seats), remote ids per operator, and deletion as the site archives.
 */

const f = applicationFixtures();
const create = (body: unknown, caller: ApiCaller = demoOperator) => createApiOffer(caller, body, OPTIONS, f.db);
const update = (remoteId: string, body: unknown, caller: ApiCaller = demoOperator) =>
  updateApiOffer(caller, remoteId, body, OPTIONS, f.db);
const remove = (remoteId: string, caller: ApiCaller = demoOperator) => deleteApiOffer(caller, remoteId, OPTIONS, f.db);
const offerOf = async (remoteId: string, operatorId = demoOperator.operatorId) =>
  (
    await f.db
      .select()
      .from(s.offers)
      .where(and(eq(s.offers.operatorId, operatorId), eq(s.offers.remoteId, remoteId)))
  )[0]!;
const CONTRACT_KEYS = Object.keys(contract('output/internship_offers/update/ok.json')).sort();

describe('POST /internship_offers', () => {
  it('publishes at once, for a host of the operator found or created by name, in the contract’s shape', async () => {
    const body = offerBody();
    const created = await create(body);
    expect(created).toMatchObject({ ok: true, status: 201 });
    if (!created.ok) return;
    expect(Object.keys(created.body).sort()).toEqual(CONTRACT_KEYS);
    expect(created.body).toMatchObject({
      title: body.internship_offer.title,
      max_candidates: 3,
      max_students_per_group: 1,
      is_public: false,
      employer_name: 'Entrepôts de la Plaine',
      remote_id: body.internship_offer.remote_id,
      permalink: body.internship_offer.permalink,
      published_at: NOW.toISOString(),
      formatted_coordinates: { latitude: 48.92, longitude: 2.36 },
    });
    const offer = await offerOf(body.internship_offer.remote_id);
    expect(offer).toMatchObject({
      status: 'published',
      publishedAt: NOW,
      sectorId: SECTOR_UUID,
      seatsPerYear: 3,
      seatsPerWeek: 1,
      schoolYear: 2026,
      departmentCode: '93',
      communeCode: '93066',
      dailyStart: '09:00:00',
      dailyEnd: '16:00:00',
      lunchBreakMinutes: 60,
      tutorName: null,
    });
    const weeks = await f.db.select().from(s.offerWeeks).where(eq(s.offerWeeks.offerId, offer.id));
    expect(weeks.map((row) => row.week).sort()).toEqual([W0, W1, W2]);
    const [host] = await f.db
      .select()
      .from(s.hostOrganisations)
      .innerJoin(s.operatorHosts, eq(s.operatorHosts.organisationId, s.hostOrganisations.id))
      .where(eq(s.hostOrganisations.id, offer.organisationId));
    expect(host).toMatchObject({
      host_organisations: { kind: 'private', name: 'Entrepôts de la Plaine', siret: null },
      operator_hosts: { operatorId: demoOperator.operatorId },
    });
    // A second offer for the same employer joins the same host.
    const second = offerBody();
    expect(await create(second)).toMatchObject({ status: 201 });
    expect((await offerOf(second.internship_offer.remote_id)).organisationId).toBe(offer.organisationId);
  });

  it('takes the contract’s example as it is: coordinates far from the address are replaced, every week to come by default', async () => {
    const created = await create(contract('input/internship_offers/create.json'));
    expect(created).toMatchObject({ ok: true, status: 201, body: { remote_id: 'test', city: 'Paris' } });
    const offer = await offerOf('test');
    expect(offer.lat).toBeCloseTo(48.87, 1);
    expect(offer.departmentCode).toBe('75');
    expect(await f.db.$count(s.offerWeeks, eq(s.offerWeeks.offerId, offer.id))).toBe(
      selectableWeeks(2026, OPTIONS.today).length,
    );
  });

  it('answers BAD_PAYLOAD without internship_offer, BAD_ARGUMENT for a week not in ISO form', async () => {
    const badPayload = contract('output/internship_offers/create/unprocessable_entity_bad_payload.json');
    for (const body of [null, 'text', {}, { internship_offer: {} }, { internship_offer: [] }, { offer: {} }])
      expect(await create(body)).toEqual({ ok: false, ...badPayload });
    expect(await create(offerBody({ weeks: ['2026-W48', '2020-Wsem9-23'] }))).toEqual({
      ok: false,
      code: 'BAD_ARGUMENT',
      error: 'bad week format: 2020-Wsem9-23, expecting ISO 8601 format',
    });
    expect(await create(offerBody({ weeks: ['2025-W53'] }))).toMatchObject({ code: 'BAD_ARGUMENT' });
  });

  it('names the contract’s fields in VALIDATION_ERROR, every one at once', async () => {
    const missing = await create({ internship_offer: { max_candidates: 1 } });
    expect(missing).toMatchObject({ ok: false, code: 'VALIDATION_ERROR' });
    if (missing.ok) return;
    expect(Object.keys(missing.error).sort()).toEqual(
      ['city', 'description', 'employer_name', 'permalink', 'remote_id', 'sector', 'street', 'title', 'zipcode'].sort(),
    );
    const wrong = await create(
      offerBody({ description: 'x'.repeat(5001), zipcode: '9320', sector_uuid: 'inconnu', max_candidates: 'trois' }),
    );
    expect(wrong).toMatchObject({ code: 'VALIDATION_ERROR' });
    if (!wrong.ok)
      expect(Object.keys(wrong.error).sort()).toEqual(['description', 'max_candidates', 'sector', 'zipcode']);
    const rules = await create(offerBody({ description: 'x'.repeat(5001), zipcode: '9320' }));
    expect(rules).toMatchObject({
      error: {
        description: ['La description ne doit pas dépasser 5 000 caractères.'],
        zipcode: ['Le code postal compte 5 chiffres, par exemple 93200.'],
      },
    });
  });

  it('applies the form’s rules: 7 hours a day, the campaign’s weeks still to come, seats', async () => {
    expect(
      await create(offerBody({ daily_hours: { lundi: ['8:00', '17:00'] }, lunch_break: '12h-13h' })),
    ).toMatchObject({
      code: 'VALIDATION_ERROR',
      error: { daily_hours: [expect.stringContaining('7 heures par jour')] },
    });
    // Week 30 is in July; week 47 of 2026 has begun on 28 November.
    for (const week of ['2027-W30', '2026-W47'])
      expect(await create(offerBody({ weeks: [week] }))).toMatchObject({
        code: 'VALIDATION_ERROR',
        error: { weeks: [expect.any(String)] },
      });
    expect(await create(offerBody({ max_candidates: 2, max_students_per_group: 3 }))).toMatchObject({
      error: { max_students_per_group: [expect.stringContaining('ne peuvent pas dépasser')] },
    });
    expect(await create(offerBody({ max_candidates: 10, max_students_per_group: 1 }))).toMatchObject({
      error: { max_candidates: [expect.stringContaining('réduisez les places')] },
    });
  });

  it('refuses a remote_id the operator used already (409), not one another operator uses', async () => {
    const body = offerBody({ remote_id: 2 });
    expect(await create(body)).toMatchObject({ status: 201, body: { remote_id: '2' } });
    expect(await create(offerBody({ remote_id: '2' }))).toEqual({
      ok: false,
      ...contract('output/internship_offers/create/conflict.json'),
    });
    expect(await create(offerBody({ remote_id: '2' }), await newOperator(f.db))).toMatchObject({ status: 201 });
    // A field of the wrong form refuses the offer, never dropped while the rest is published.
    expect(await create(offerBody({ remote_id: 'site-faux', employer_website: 'pas un lien' }))).toMatchObject({
      ok: false,
      code: 'VALIDATION_ERROR',
      error: { employer_website: [expect.any(String)] },
    });
    // The search's path: an offer named so could never be reached by PATCH or DELETE.
    expect(await create(offerBody({ remote_id: 'search' }))).toMatchObject({
      ok: false,
      code: 'VALIDATION_ERROR',
      error: { remote_id: [expect.stringContaining('réservé à la recherche')] },
    });
  });

  it('creates a public host only with its ministry, and copies the ministry onto the offer', async () => {
    const body = offerBody({ is_public: true, employer_name: 'Mairie de Saint-Denis' });
    expect(await create(body)).toMatchObject({ code: 'VALIDATION_ERROR', error: { is_public: [expect.any(String)] } });
    const ministry = (await f.db.select().from(s.ministries).limit(1))[0]!;
    const created = await create({ internship_offer: { ...body.internship_offer, ministry_id: ministry.id } });
    expect(created).toMatchObject({ status: 201, body: { is_public: true } });
    expect((await offerOf(body.internship_offer.remote_id)).ministryId).toBe(ministry.id);
  });
});

describe('PATCH and DELETE /internship_offers/{remote_id}', () => {
  it('updates the fields sent, unpublishes with published_at null and publishes again with a date', async () => {
    const body = offerBody();
    const id = body.internship_offer.remote_id;
    await create(body);
    const updated = await update(id, contract('input/internship_offers/update.json'));
    expect(updated).toMatchObject({
      status: 200,
      body: { title: 'title', description: 'description', max_candidates: 2 },
    });
    if (updated.ok) expect(Object.keys(updated.body).sort()).toEqual(CONTRACT_KEYS);
    expect(await update(id, { internship_offer: { published_at: null } })).toMatchObject({
      body: { published_at: null },
    });
    expect((await offerOf(id)).status).toBe('unpublished');
    expect(await update(id, { internship_offer: { published_at: '2026-11-28T11:00:00Z' } })).toMatchObject({
      body: { published_at: NOW.toISOString() },
    });
    expect(await update(id, { internship_offer: { weeks: ['2026-W51'], max_candidates: 1 } })).toMatchObject({
      status: 200,
    });
    expect((await offerOf(id)).openWeeks).toEqual(['2026-12-14']);
  });

  it('answers 404 for an unknown remote_id, 403 for another operator’s, 400/422 as on creation', async () => {
    const body = offerBody();
    const id = body.internship_offer.remote_id;
    await create(body);
    const other = await newOperator(f.db);
    const notFound = { ok: false, ...contract('output/internship_offers/update/not_found.json') };
    const forbidden = { ok: false, ...contract('output/internship_offers/update/forbidden.json') };
    expect(await update('inconnu', { internship_offer: { title: 'x' } })).toEqual(notFound);
    expect(await update(id, { internship_offer: { title: 'x' } }, other)).toEqual(forbidden);
    expect(await remove('inconnu')).toEqual(notFound);
    expect(await remove(id, other)).toEqual(forbidden);
    expect(await update(id, { title: 'x' })).toMatchObject({ code: 'BAD_PAYLOAD' });
    expect(await update(id, { internship_offer: { weeks: ['2020-Wsem9-23'] } })).toEqual({
      ok: false,
      ...contract('output/internship_offers/update/unprocessable_entity_bad_data.json'),
    });
    expect(await update(id, { internship_offer: { description: 'x'.repeat(5001) } })).toMatchObject({
      code: 'VALIDATION_ERROR',
      error: { description: [expect.any(String)] },
    });
    expect(await update(id, { internship_offer: { employer_name: 'Autre' } })).toMatchObject({
      error: { employer_name: [expect.any(String)] },
    });
    expect((await offerOf(id)).title).toBe(body.internship_offer.title);
  });

  it('deletes as the site archives (pending applications cancelled), once: 409 afterwards', async () => {
    const body = offerBody();
    const id = body.internship_offer.remote_id;
    await create(body);
    const [pupil] = await f.pupils(1);
    const application = await f.applyTo(pupil!, (await offerOf(id)).id);
    expect(await remove(id)).toMatchObject({ status: 200, body: { remote_id: id, published_at: null } });
    expect((await offerOf(id)).status).toBe('archived');
    expect(await f.statuses([application])).toEqual(['canceled_by_host']);
    const destroyed = { ok: false, ...contract('output/internship_offers/destroy/conflict.json') };
    expect(await remove(id)).toEqual(destroyed);
    expect(await update(id, { internship_offer: { title: 'x' } })).toEqual(destroyed);
  });

  it('is found by pupils, applied to and accepted like a web offer; not deleted while a pupil holds a seat', async () => {
    const body = offerBody();
    const id = body.internship_offer.remote_id;
    await create(body);
    const offerId = (await offerOf(id)).id;
    const [pupil] = await f.pupils(1);
    const { searchOffersForPupil } = await import('@/lib/offers/search-queries');
    const found = await searchOffersForPupil(pupil!, { q: 'entrepôt' }, { page: 1, today: OPTIONS.today }, f.db);
    expect(found.ok && found.data.items.map((item) => item.id)).toContain(offerId);
    // The offer page names the operator as its publisher.
    const { findOfferForViewer } = await import('@/lib/offers/offer-page-queries');
    expect(await findOfferForViewer(pupil!, offerId, OPTIONS.today, f.db)).toMatchObject({
      publisher: 'Tous en stage',
      organisation: { name: 'Entrepôts de la Plaine', kind: 'private' },
    });
    const application = await f.applyTo(pupil!, offerId, W1);
    const operator = await f.actor((await f.db.select().from(s.operatorMembers).limit(1))[0]!.userId);
    expect(await f.accept(application, operator)).toMatchObject({ ok: true });
    expect(await remove(id)).toMatchObject({ code: 'SEATS_HELD' });
    expect((await offerOf(id)).seatsHeld).toBe(1);
  });
});
