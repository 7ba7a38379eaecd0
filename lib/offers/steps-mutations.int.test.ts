import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoWeeks } from '@/db/seed/demo-weeks';
import { DEMO_SECTORS, PEOPLE, PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import * as rows from '@/lib/testing/offers';
import { WEEK_REFUSALS } from '@/lib/calendar/campaign-weeks';
import { ADDRESS_NOT_FOUND, type Geocoder } from '@/lib/geo/geocoder';
import { offlineGeocoder } from '@/lib/geo/geocoder-offline';
import { changeOfferStatus, copyOffer } from './lifecycle-mutations';
import { saveOfferStep } from './steps-mutations';
import { searchOffersForPupil, searchOffersAround } from './search-queries';

const NOW = new Date('2026-11-28T10:00:00Z');
const TODAY = '2026-11-28';
const [w0, w1, w2, w3] = demoWeeks(NOW).list as [string, string, string, string];
const options = { today: TODAY, now: NOW, geocoder: offlineGeocoder };
const noAddress: Geocoder = { suggest: async () => [], locate: async () => null };

let t: TestDb;
let host: SessionUser, publicHost: SessionUser, operator: SessionUser;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const offerRow = (id: string) => rows.offerRow(t.db, id);
const weeksOf = (id: string) => rows.offerWeeks(t.db, id);
const statusOf = (n: number) => rows.applicationStatus(t.db, n);
const outbox = (to: string) => rows.outbox(t.db, to);

const structure = {
  organisationId: '',
  tutorName: 'Sophie Lemaire',
  tutorRole: '',
  tutorEmail: 'entreprise@demo.test',
  tutorPhone: '',
};
const content = {
  title: 'Découvrir un atelier de réparation de vélos',
  description: 'Accueil, diagnostic, réparation.',
  jobsDiscovered: 'Mécanicien cycles, vendeur.',
  sectorId: DEMO_SECTORS.logistics,
};
const practical = {
  dailyStart: '09:00',
  dailyEnd: '16:30',
  lunchBreakMinutes: '60',
  lunch: 'none',
  accessibleToDisabled: false,
  accessibilityDetails: '',
};
const place = {
  street: '12 rue du Landy',
  postcode: '93200',
  commune: 'Saint-Denis',
  lat: '',
  lng: '',
};

async function draft(by = host): Promise<string> {
  const result = await saveOfferStep(
    by,
    null,
    'structure',
    by === operator ? { ...structure, organisationId: demoId(313) } : structure,
    options,
    t.db,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data.offerId;
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, NOW);
  [host, publicHost, operator] = await Promise.all([
    actor(PEOPLE.host.id),
    actor(PEOPLE.publicHost.id),
    actor(PEOPLE.operator.id),
  ]);
});
afterAll(() => t.close());

describe('the offer form refuses bad input with a message on the right field', () => {
  it('a 10 000-character title, hours over 7 h, seats per week above seats per year, a week in August or past', async () => {
    const id = await draft();
    const step = (name: Parameters<typeof saveOfferStep>[2], values: unknown) =>
      saveOfferStep(host, id, name, values, options, t.db);
    expect(await step('contenu', { ...content, title: 'x'.repeat(10_000) })).toMatchObject({
      ok: false,
      fieldErrors: { title: ['Le titre ne doit pas dépasser 150 caractères.'] },
    });
    const hours = await step('pratique', {
      ...practical,
      dailyStart: '08:00',
      dailyEnd: '17:00',
      lunchBreakMinutes: '30',
    });
    expect(hours).toMatchObject({
      ok: false,
      fieldErrors: { dailyEnd: [expect.stringContaining('7 heures par jour au plus ; ces horaires font 8 h 30')] },
    });
    expect(await step('semaines', { weeks: [w0, w1], seatsPerWeek: '3', seatsPerYear: '2' })).toMatchObject({
      fieldErrors: { seatsPerWeek: ['Les places par semaine ne peuvent pas dépasser les places sur l’année.'] },
    });
    expect(await step('semaines', { weeks: [w0], seatsPerWeek: '2', seatsPerYear: '5' })).toMatchObject({
      fieldErrors: { seatsPerYear: [expect.stringContaining('au plus 2 élèves')] },
    });
    expect(await step('semaines', { weeks: ['2027-08-02'], seatsPerWeek: '1', seatsPerYear: '1' })).toMatchObject({
      fieldErrors: { weeks: [WEEK_REFUSALS.outsideWindow] },
    });
    expect(await step('semaines', { weeks: ['2026-11-23'], seatsPerWeek: '1', seatsPerYear: '1' })).toMatchObject({
      fieldErrors: { weeks: [WEEK_REFUSALS.past] },
    });
    expect(await weeksOf(id)).toEqual([]);
    expect(await offerRow(id)).toMatchObject({ title: 'Nouvelle offre', dailyStart: null, seatsPerWeek: 1 });
  });

  it('an address that does not geocode is refused on the street field; a pin on the map places it', async () => {
    const id = await draft();
    expect(await saveOfferStep(host, id, 'lieu', place, { ...options, geocoder: noAddress }, t.db)).toMatchObject({
      ok: false,
      fieldErrors: { street: [ADDRESS_NOT_FOUND] },
    });
    expect(await saveOfferStep(host, id, 'lieu', { ...place, commune: 'Marseille' }, options, t.db)).toMatchObject({
      ok: false,
      fieldErrors: { street: [ADDRESS_NOT_FOUND] },
    });
    expect((await offerRow(id)).lat).toBeNull();
    expect(
      await saveOfferStep(
        host,
        id,
        'lieu',
        { ...place, lat: '48.9301', lng: '2.3601' },
        { ...options, geocoder: noAddress },
        t.db,
      ),
    ).toMatchObject({ ok: true });
    expect(await offerRow(id)).toMatchObject({ lat: 48.9301, lng: 2.3601, departmentCode: '93' });
  });

  it('a position far from the commune of the address is refused, whatever the browser sends; nothing is saved', async () => {
    const id = await draft();
    // A forged request: a Saint-Denis address, a pin in Marseille and Marseille's commune code.
    const forged = { ...place, communeCode: '13055', lat: '43.2965', lng: '5.3698' };
    const refused = await saveOfferStep(host, id, 'lieu', forged, options, t.db);
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { lat: [expect.stringMatching(/à 6\d\d km de Saint-Denis/)] },
    });
    expect(await offerRow(id)).toMatchObject({ street: null, lat: null, communeCode: null, departmentCode: null });
    // The same address with a pin in Saint-Denis: saved with the commune and département of the address.
    expect(
      await saveOfferStep(host, id, 'lieu', { ...forged, lat: '48.9290', lng: '2.3550' }, options, t.db),
    ).toMatchObject({ ok: true });
    expect(await offerRow(id)).toMatchObject({ lat: 48.929, communeCode: '93066', departmentCode: '93' });
  });

  it('a reserved offer needs at least one known school', async () => {
    const id = await draft();
    expect(
      await saveOfferStep(host, id, 'reservation', { reserved: true, schoolIds: [] }, options, t.db),
    ).toMatchObject({ fieldErrors: { schoolIds: [expect.stringContaining('au moins un collège')] } });
    expect(
      await saveOfferStep(host, id, 'reservation', { reserved: true, schoolIds: [demoId(999)] }, options, t.db),
    ).toMatchObject({ fieldErrors: { schoolIds: [expect.stringContaining('introuvable')] } });
  });
});

describe('from draft to published', () => {
  it('a draft completed over several saves, published as a collective offer on three weeks reserved for one school', async () => {
    const id = await draft();
    expect(await changeOfferStatus(host, id, 'publish', options, t.db)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: expect.stringContaining('contenu du stage, lieu, semaines et places'),
    });
    for (const [step, values] of [
      ['contenu', content],
      ['lieu', place],
      ['semaines', { weeks: [w1, w2, w3], seatsPerWeek: '2', seatsPerYear: '6' }],
      ['pratique', practical],
      ['reservation', { reserved: true, schoolIds: [demoId(101)] }],
    ] as const)
      expect(await saveOfferStep(host, id, step, values, options, t.db)).toMatchObject({ ok: true });
    expect(await changeOfferStatus(host, id, 'publish', options, t.db)).toEqual({ ok: true, data: undefined });
    // Private host of a PAQTE group: the offer counts for the group.
    expect(await offerRow(id)).toMatchObject({
      status: 'published',
      seatsPerWeek: 2,
      isReserved: true,
      paqteGroupId: demoId(301),
      ministryId: null,
      publishedAt: NOW,
    });
    expect(await weeksOf(id)).toEqual([w1, w2, w3]);
    const ines = await actor(PUPILS[0][0].id);
    const seen = await searchOffersForPupil(ines, {}, { page: 1, today: TODAY }, t.db);
    expect(seen.ok && seen.data.items.some((offer) => offer.id === id)).toBe(true);
    expect(
      (await searchOffersAround(null, {}, { page: 1, today: TODAY }, t.db)).items.some((offer) => offer.id === id),
    ).toBe(false);
  });

  it('another organisation’s host cannot edit, publish or copy it', async () => {
    expect(await saveOfferStep(publicHost, demoId(401), 'contenu', content, options, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await changeOfferStatus(publicHost, demoId(407), 'publish', options, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await copyOffer(publicHost, demoId(401), 'duplicate', options, t.db)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('an operator posts only for the organisations it supports', async () => {
    expect(
      await saveOfferStep(operator, null, 'structure', { ...structure, organisationId: demoId(311) }, options, t.db),
    ).toMatchObject({ fieldErrors: { organisationId: [expect.stringContaining('n’accompagne pas')] } });
    const id = await draft(operator);
    expect(await offerRow(id)).toMatchObject({
      organisationId: demoId(313),
      operatorId: demoId(321),
      createdBy: PEOPLE.operator.id,
    });
    expect(await saveOfferStep(operator, demoId(401), 'contenu', content, options, t.db)).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('seats already held bound every edit', () => {
  // Offer 401: 2 seats a week, 6 a year; week w0 holds a confirmed and an accepted pupil.
  const weeksStep = (values: object) =>
    saveOfferStep(
      host,
      demoId(401),
      'semaines',
      { weeks: [w0, w1, w2, w3], seatsPerWeek: '2', seatsPerYear: '6', ...values },
      options,
      t.db,
    );

  it('seats per week or per year never drop below those held', async () => {
    expect(await weeksStep({ seatsPerWeek: '1', seatsPerYear: '4' })).toMatchObject({
      fieldErrors: { seatsPerWeek: [expect.stringContaining('2 élèves sont déjà acceptés sur une même semaine')] },
    });
    expect(await weeksStep({ seatsPerWeek: '1', seatsPerYear: '1', weeks: [w0] })).toMatchObject({ ok: false });
    expect(await offerRow(demoId(401))).toMatchObject({ seatsPerWeek: 2, seatsPerYear: 6 });
  });

  it('a week with accepted pupils cannot be removed; a removed week cancels its pending applications and tells each pupil', async () => {
    expect(await weeksStep({ weeks: [w1, w2, w3] })).toMatchObject({
      fieldErrors: { weeks: [expect.stringContaining('déjà acceptés')] },
    });
    // Offer 402: Inès's application 503 waits for an answer on w1.
    const result = await saveOfferStep(
      host,
      demoId(402),
      'semaines',
      { weeks: [w0, w2], seatsPerWeek: '1', seatsPerYear: '2' },
      options,
      t.db,
    );
    expect(result).toMatchObject({ ok: true });
    expect(await statusOf(503)).toBe('canceled_by_host');
    const [event] = await t.db
      .select()
      .from(s.applicationEvents)
      .where(
        and(eq(s.applicationEvents.applicationId, demoId(503)), eq(s.applicationEvents.toStatus, 'canceled_by_host')),
      );
    expect(event).toMatchObject({
      fromStatus: 'submitted',
      actorId: PEOPLE.host.id,
      note: expect.stringContaining('retiré cette semaine'),
    });
    expect((await outbox(PUPILS[0][0].email)).map((mail) => mail.template)).toContain('application_canceled_by_host');
  });
});
