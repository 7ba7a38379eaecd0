import { describe, expect, it } from 'vitest';
import { DEMO_SECTORS } from '@/db/seed/demo-data';
import { AURILLAC, searchFixtures, W1, W2 } from '@/lib/testing/search';

/* An empty search proposes widenings, on the fixtures of lib/testing/search.ts. */

const { schoolWithPupil, offerAt } = searchFixtures();

describe('when nothing is found', () => {
  it('proposes the nearest widenings that find offers, with the counts the widened search finds', async () => {
    const place = { ...AURILLAC, lat: AURILLAC.lat - 0.9 };
    const { search } = await schoolWithPupil(place, [W1, W2]);
    await offerAt(place, 25, { title: 'Garage automobile' });
    await offerAt(place, 26, { title: 'Garage solidaire' }, [W2]);
    await offerAt(place, 5, { title: 'Pharmacie', sectorId: DEMO_SECTORS.retail }, [W1]);
    const empty = await search({ q: 'garage', distance: 10, week: W1 });
    expect(empty.ok && empty.data.total).toBe(0);
    const widenings = empty.ok ? empty.data.widenings : [];
    // 20 km finds nothing yet, the class's other week nothing within 10 km: neither is proposed.
    expect(widenings.map((w) => [w.label, w.count])).toEqual([
      ['Jusqu’à 30 km', 1],
      ['Sans les mots « garage »', 1],
    ]);
    for (const widening of widenings) {
      const followed = await search(widening.filters);
      expect(followed.ok && followed.data.total, widening.label).toBe(widening.count);
    }
  });
});
