import { describe, expect, it } from 'vitest';
import { demoId } from '@/db/seed/demo-data';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { SAINT_DENIS_REUNION, TODAY, searchFixtures } from '@/lib/testing/search';
import { searchOffersAround, searchOffersForPupil } from './search-queries';

/* The visitors' search around a place, on the fixtures of lib/testing/search.ts. */

const fixtures = searchFixtures();
const { offerAt } = fixtures;

describe('visitors', () => {
  it('see published offers reserved for no school around a place, nearest first, or the newest in France', async () => {
    const place = { ...SAINT_DENIS_REUNION, lat: SAINT_DENIS_REUNION.lat - 0.5 };
    const near = await offerAt(place, 4);
    const far = await offerAt(place, 80);
    const around = await searchOffersAround(
      { ...place, label: 'Saint-Pierre' },
      {},
      { page: 1, today: TODAY },
      fixtures.db,
    );
    expect(around.items.map((o) => o.id)).toContain(near);
    expect(around.items.map((o) => o.id)).not.toContain(far);
    expect(around.area.radiusKm).toBe(60);
    const france = await searchOffersAround(null, {}, { page: 1, today: TODAY }, fixtures.db);
    expect(france.area.radiusKm).toBeNull();
    expect(france.items.every((o) => o.distanceKm === null)).toBe(true);
  });

  it('refuses other roles the pupil search', async () => {
    const head = (await loadSessionUser(demoId(2), fixtures.db)) as SessionUser;
    expect(await searchOffersForPupil(head, {}, { page: 1, today: TODAY }, fixtures.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
