import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPlaces, placesAnnouncement } from './place-suggestions';

afterEach(() => vi.unstubAllGlobals());

describe('commune suggestions', () => {
  it('asks /api/communes with the text encoded and reads its places', async () => {
    const places = [{ label: 'Saint-Denis (93200)', postcode: '93200', communeCode: '93066', lat: 48.9, lng: 2.4 }];
    const fetch = vi.fn().mockResolvedValue(Response.json({ places }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchPlaces('saint denis & co', new AbortController().signal)).toEqual(places);
    expect(fetch.mock.calls[0]![0]).toBe('/api/communes?q=saint%20denis%20%26%20co');
  });

  it('gives none when refused, offline or aborted: the typed text is submitted as it is', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(Response.json({ error: 'Trop' }, { status: 429 })));
    expect(await fetchPlaces('bobigny', new AbortController().signal)).toEqual([]);
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new DOMException('aborted', 'AbortError')));
    expect(await fetchPlaces('bobigny', new AbortController().signal)).toEqual([]);
  });

  it('announces how many communes are proposed, none, or the one chosen', () => {
    const base = { open: false, count: 0, answered: null, chosen: null };
    expect(placesAnnouncement(base)).toBe('');
    expect(placesAnnouncement({ ...base, open: true, count: 1, answered: 'bobig' })).toBe(
      '1 commune proposée : flèches haut et bas pour les parcourir, Entrée pour choisir.',
    );
    expect(placesAnnouncement({ ...base, open: true, count: 10, answered: '93' })).toMatch(/^10 communes proposées/);
    expect(placesAnnouncement({ ...base, answered: 'xyzzy' })).toBe(
      'Aucune commune ne correspond à «\u00a0xyzzy\u00a0».',
    );
    expect(placesAnnouncement({ ...base, chosen: 'Saint-Denis (93200)' })).toBe('Choisi : Saint-Denis (93200).');
  });
});
