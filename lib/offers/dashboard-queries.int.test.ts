import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed/demo';
import { demoWeeks } from '@/db/seed/demo-weeks';
import { PEOPLE, PUPILS, demoId } from '@/db/seed/demo-data';
import * as s from '@/db/schema';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { exportManagedOffers, listManagedOffers } from './dashboard-queries';
import { DEFAULT_DASHBOARD_PARAMS, type DashboardParams } from './dashboard-schemas';

const TODAY = '2026-11-28';
// The demo's internship weeks from this date: 14 December, then 4 January (after the Christmas holidays).
const [w0, w1, w2] = demoWeeks(new Date(`${TODAY}T10:00:00Z`)).list as [string, string, string];

let t: TestDb;
const actor = async (id: string) => (await loadSessionUser(id, t.db)) as SessionUser;
const list = async (id: string, params: Partial<DashboardParams> = {}) =>
  listManagedOffers(await actor(id), { ...DEFAULT_DASHBOARD_PARAMS, ...params }, TODAY, t.db);
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);
const offerIds = (...numbers: number[]) => numbers.map(demoId);

/** Extra offers of Horizon Logistique (311), removed after the test that needs them. */
async function withOffers(values: Partial<typeof s.offers.$inferInsert>[], test: (ids: string[]) => Promise<void>) {
  const [template] = await t.db
    .select()
    .from(s.offers)
    .where(eq(s.offers.id, demoId(401)));
  const created = await t.db
    .insert(s.offers)
    .values(values.map((fields) => ({ ...template!, id: undefined, seatsHeld: 0, ...fields })))
    .returning({ id: s.offers.id });
  const createdIds = created.map((row) => row.id);
  try {
    await test(createdIds);
  } finally {
    await t.db.delete(s.applications).where(inArray(s.applications.offerId, createdIds));
    await t.db.delete(s.offers).where(inArray(s.offers.id, createdIds));
  }
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, new Date(`${TODAY}T10:00:00Z`));
});
afterAll(() => t.close());

describe('who sees which offers', () => {
  it('a host sees every offer of their organisation and none of another one', async () => {
    const page = await list(PEOPLE.host.id);
    expect(new Set(ids(page))).toEqual(new Set(offerIds(401, 402, 407, 408)));
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1, hasOffers: true });
    expect(new Set(page.rows.map((row) => row.organisationName))).toEqual(
      new Set(['Horizon Logistique Plaine Commune']),
    );
    expect(new Set(ids(await list(PEOPLE.publicHost.id)))).toEqual(new Set(offerIds(403, 404)));
  });

  it('an operator sees the offers it posted for organisations it supports, not the others', async () => {
    await withOffers(
      [
        // Posted by the operator for an organisation it does not support.
        { title: 'Pour une structure non accompagnée', operatorId: demoId(321), organisationId: demoId(311) },
        // Posted for a supported organisation, but not by the operator.
        { title: 'Publiée par la structure elle-même', operatorId: null, organisationId: demoId(313) },
      ],
      async () => {
        const page = await list(PEOPLE.operator.id);
        expect(page.rows.map((row) => [row.id, row.organisationName])).toEqual([
          [demoId(405), 'Sport et citoyenneté Marseille'],
          [demoId(406), 'Centre de santé des Docks'],
        ]);
      },
    );
  });

  it('pupils and school staff get nothing, not even an error to probe', async () => {
    for (const id of [PUPILS[0][0].id, PEOPLE.head.id, PEOPLE.teacher.id]) {
      expect(await list(id)).toEqual({ rows: [], total: 0, page: 1, pageCount: 1, hasOffers: false });
      expect(await exportManagedOffers(await actor(id), TODAY, t.db)).toEqual([]);
    }
  });
});

describe('what each row says', () => {
  it('counts seats held and applications to answer from the pupils’ applications', async () => {
    const byId = async (userId: string) => new Map((await list(userId)).rows.map((row) => [row.id, row]));
    const host = await byId(PEOPLE.host.id);
    // 401: one confirmed and one accepted (both week 0), Sarah's internship the week before last; the
    // pupil's and the host's cancellations hold nothing.
    expect(host.get(demoId(401))).toMatchObject({
      seatsHeld: 3,
      seatsPerYear: 6,
      seatsPerWeek: 2,
      toAnswer: 0,
      weeks: 4,
      nextWeek: w0,
      status: 'published',
      outOfSearch: null,
    });
    // 402: one submitted; the rejected and the expired ones need no answer.
    expect(host.get(demoId(402))).toMatchObject({ seatsHeld: 0, toAnswer: 1, weeks: 3 });
    expect(host.get(demoId(407))).toMatchObject({ status: 'draft', weeks: 1, nextWeek: w2, outOfSearch: null });
    const prefecture = await byId(PEOPLE.publicHost.id);
    // 403: read (to answer); superseded, canceled and acceptance-expired applications release their seats.
    expect(prefecture.get(demoId(403))).toMatchObject({ seatsHeld: 0, toAnswer: 1 });
    expect(prefecture.get(demoId(404))).toMatchObject({ isReserved: true, nextWeek: w1 });
    expect((await byId(PEOPLE.operator.id)).get(demoId(405))).toMatchObject({ toAnswer: 1, seatsHeld: 0 });
  });

  it('says why a published offer left the search: no week to come, or every seat held', async () => {
    await withOffers(
      [
        { title: 'Semaines passées', status: 'published' },
        { title: 'Complète', status: 'published', seatsPerWeek: 1, seatsPerYear: 1 },
      ],
      async ([past, full]) => {
        await t.db.insert(s.offerWeeks).values([
          { offerId: past!, week: '2026-11-16' },
          { offerId: full!, week: w0 },
        ]);
        await t.db
          .insert(s.applications)
          .values({ pupilId: PUPILS[3][0].id, offerId: full!, week: w0, status: 'accepted' });
        const rows = new Map((await list(PEOPLE.host.id)).rows.map((row) => [row.id, row]));
        expect(rows.get(past!)).toMatchObject({
          weeks: 0,
          nextWeek: null,
          outOfSearch: expect.stringContaining('Aucune semaine à venir'),
        });
        expect(rows.get(full!)).toMatchObject({
          weeks: 1,
          seatsHeld: 1,
          outOfSearch: expect.stringContaining('Toutes les places sont prises'),
        });
      },
    );
  });
});

describe('sorting, filtering and paging in the database', () => {
  it('sorts by seats held then seats for the year, both ways, ties by id', async () => {
    expect(ids(await list(PEOPLE.host.id, { sort: 'seats', dir: 'asc' }))).toEqual(offerIds(407, 408, 402, 401));
    expect(ids(await list(PEOPLE.host.id, { sort: 'seats', dir: 'desc' }))).toEqual(offerIds(401, 402, 407, 408));
  });

  it('sorts by title, both ways', async () => {
    const titles = async (dir: 'asc' | 'desc') =>
      (await list(PEOPLE.host.id, { sort: 'title', dir })).rows.map((row) => row.title);
    const ascending = [
      'Découvrir les métiers de la logistique urbaine',
      'Préparateur ou préparatrice de commandes',
      'Une semaine avec l’équipe informatique',
      'Vente et relation client en boutique',
    ];
    expect(await titles('asc')).toEqual(ascending);
    expect(await titles('desc')).toEqual([...ascending].reverse());
  });

  it('sorts by next week with offers without a week to come last', async () => {
    // 408's only week is week 0, like 401 and 402; 407's is week 2.
    expect(ids(await list(PEOPLE.host.id, { sort: 'nextWeek', dir: 'desc' })).at(0)).toBe(demoId(407));
    expect(ids(await list(PEOPLE.host.id, { sort: 'nextWeek', dir: 'asc' })).at(-1)).toBe(demoId(407));
  });

  it('filters by status', async () => {
    expect(ids(await list(PEOPLE.host.id, { status: 'draft' }))).toEqual(offerIds(407));
    expect(ids(await list(PEOPLE.host.id, { status: 'unpublished' }))).toEqual(offerIds(408));
    expect(new Set(ids(await list(PEOPLE.host.id, { status: 'published' })))).toEqual(new Set(offerIds(401, 402)));
  });

  it('keeps archived offers out of the way unless asked for, and exports them', async () => {
    // 409: last campaign's offer, archived.
    expect(ids(await list(PEOPLE.host.id))).not.toContain(demoId(409));
    expect(ids(await list(PEOPLE.host.id, { status: 'archived' }))).toEqual(offerIds(409));
    const exported = await exportManagedOffers(await actor(PEOPLE.host.id), TODAY, t.db);
    expect(new Set(exported.map((row) => row.id))).toEqual(new Set(offerIds(401, 402, 407, 408, 409)));
    expect(exported.find((row) => row.id === demoId(409))).toMatchObject({
      status: 'archived',
      weeks: 0,
      nextWeek: null,
      outOfSearch: null,
    });
  });

  it('searches titles with % and _ taken literally, whatever the case', async () => {
    await withOffers([{ title: 'Remise de 10 % en boutique' }], async ([discount]) => {
      expect(ids(await list(PEOPLE.host.id, { q: '%' }))).toEqual([discount]);
      expect(ids(await list(PEOPLE.host.id, { q: '10 %' }))).toEqual([discount]);
      expect(ids(await list(PEOPLE.host.id, { q: '_' }))).toEqual([]);
      expect(ids(await list(PEOPLE.host.id, { q: 'LOGISTIQUE' }))).toEqual(offerIds(401));
    });
  });

  it('tells "nothing matches" from "no offer yet"', async () => {
    expect(await list(PEOPLE.host.id, { q: 'astronaute' })).toMatchObject({ total: 0, hasOffers: true });
    // A member of an organisation that has published nothing yet.
    const newcomer = { ...(await actor(PEOPLE.host.id)), organisationId: '00000000-0000-4000-8000-000000000000' };
    expect(await listManagedOffers(newcomer, DEFAULT_DASHBOARD_PARAMS, TODAY, t.db)).toMatchObject({
      total: 0,
      hasOffers: false,
    });
  });

  it('pages by 20 and shows the last page when asked for one past the end', async () => {
    await withOffers(
      Array.from({ length: 20 }, (_, i) => ({
        title: `Offre ${String(i).padStart(2, '0')}`,
        status: 'draft' as const,
      })),
      async () => {
        const first = await list(PEOPLE.host.id, { sort: 'title', dir: 'asc' });
        expect(first).toMatchObject({ total: 24, page: 1, pageCount: 2 });
        expect(first.rows).toHaveLength(20);
        const last = await list(PEOPLE.host.id, { sort: 'title', dir: 'asc', page: 9 });
        expect(last).toMatchObject({ page: 2, pageCount: 2 });
        expect(last.rows.map((row) => row.title)).toEqual([
          'Offre 19',
          'Préparateur ou préparatrice de commandes',
          'Une semaine avec l’équipe informatique',
          'Vente et relation client en boutique',
        ]);
      },
    );
  });
});
