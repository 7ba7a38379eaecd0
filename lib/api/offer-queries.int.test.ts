import { describe, expect, it } from 'vitest';
import { SECTORS } from '@/db/seed/data/sectors';
import { applicationFixtures } from '@/lib/testing/applications';
import { newOperator, offerBody, OPTIONS } from '@/lib/testing/api-offers';
import { createApiOffer, deleteApiOffer } from './offer-mutations';
import { listApiOffers, listApiSectors, searchApiOffers } from './offer-queries';

/* The partner API's reads on both databases: the operator's offers, the search, the sectors. */

const f = applicationFixtures();

describe('GET /internship_offers', () => {
  it('lists the operator’s own offers, 30 a page, newest first, deleted ones left out', async () => {
    const caller = await newOperator(f.db);
    const bodies = Array.from({ length: 32 }, (_, i) => offerBody({ remote_id: `liste-${i}`, title: `Offre ${i}` }));
    for (const [i, body] of bodies.entries())
      await createApiOffer(caller, body, { ...OPTIONS, now: new Date(OPTIONS.now.getTime() + i * 1000) }, f.db);
    await deleteApiOffer(caller, 'liste-31', OPTIONS, f.db);
    await createApiOffer(await newOperator(f.db), offerBody(), OPTIONS, f.db);

    const first = await listApiOffers(caller, undefined, f.db);
    expect(first).toMatchObject({
      ok: true,
      status: 200,
      body: {
        pagination: {
          totalInternshipOffers: 31,
          internshipOffersPerPage: 30,
          totalPages: 2,
          currentPage: 1,
          nextPage: expect.stringMatching(/\/api\/v1\/internship_offers\?page=2$/),
          prevPage: null,
          isFirstPage: true,
          isLastPage: false,
          pageUrlBase: expect.stringMatching(/\/api\/v1\/internship_offers$/),
        },
      },
    });
    if (!first.ok) return;
    expect(first.body.internshipOffers).toHaveLength(30);
    expect(first.body.internshipOffers[0]).toMatchObject({
      remote_id: 'liste-30',
      title: 'Offre 30',
      employer_name: 'Entrepôts de la Plaine',
      city: 'Saint-Denis',
      sector: "Artisanat d'art",
      handicap_accessible: false,
      url: expect.stringMatching(/\/offres\/[0-9a-f-]{36}$/),
      date_start: expect.stringMatching(/^\d{1,2}(er)? \p{L}+ 2026$/u),
    });
    const second = await listApiOffers(caller, '2', f.db);
    expect(second).toMatchObject({
      body: {
        pagination: { currentPage: 2, nextPage: null, isLastPage: true },
        internshipOffers: [{ remote_id: 'liste-0' }],
      },
    });
  });
});

describe('GET /internship_offers/search', () => {
  it('is refused without full access; finds published offers as the public search does, by keyword and around a point', async () => {
    const caller = await newOperator(f.db);
    expect(await searchApiOffers(caller, {}, OPTIONS, f.db)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      error: 'access denied',
    });
    await createApiOffer(
      caller,
      offerBody({ remote_id: 'cherche', title: 'Stage en pyrotechnie de spectacle' }),
      OPTIONS,
      f.db,
    );
    const full = await newOperator(f.db, true);
    const search = (query: Parameters<typeof searchApiOffers>[1]) => searchApiOffers(full, query, OPTIONS, f.db);
    const keyword = await search({ keyword: 'Pyrotechnie' });
    expect(keyword).toMatchObject({ body: { pagination: { totalInternshipOffers: 1 } } });
    if (keyword.ok)
      expect(keyword.body.internshipOffers[0]).toMatchObject({ title: 'Stage en pyrotechnie de spectacle' });
    // Around Saint-Denis: the demo's offers too, nearest first; none around Marseille within 10 km of this one.
    const near = await search({ keyword: 'pyrotechnie', latitude: 48.92, longitude: 2.36, radius: 5000 });
    expect(near).toMatchObject({ body: { pagination: { totalInternshipOffers: 1 } } });
    const far = await search({ keyword: 'pyrotechnie', latitude: 43.3, longitude: 5.37, radius: 10_000 });
    expect(far).toMatchObject({ body: { pagination: { totalInternshipOffers: 0 }, internshipOffers: [] } });
    const all = await search({ latitude: 48.92, longitude: 2.36 });
    expect(all.ok && all.body.pagination.totalInternshipOffers).toBeGreaterThan(1);
    // Unpublished, it leaves the search.
    const { updateApiOffer } = await import('./offer-mutations');
    await updateApiOffer(caller, 'cherche', { internship_offer: { published_at: null } }, OPTIONS, f.db);
    expect(await search({ keyword: 'Pyrotechnie' })).toMatchObject({
      body: { pagination: { totalInternshipOffers: 0 } },
    });
  });
});

describe('GET /sectors', () => {
  it('lists every sector with its UUID as id and uuid', async () => {
    const listed = await listApiSectors(f.db);
    expect(listed.ok && listed.body.sectors).toHaveLength(SECTORS.length);
    expect(listed.ok && listed.body.sectors).toContainEqual({
      id: '1ce60ecc-273d-4c73-9b1a-2f5ee14e1bc6',
      uuid: '1ce60ecc-273d-4c73-9b1a-2f5ee14e1bc6',
      name: "Artisanat d'art",
      external_url: expect.any(String),
    });
  });
});
