import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGeocoder } from './geocoder';
import { apiAdresseGeocoder } from './geocoder-api-adresse';
import { offlineGeocoder } from './geocoder-offline';

describe('offline geocoder', () => {
  it('places an address of Saint-Denis (93200) at the commune centre, keeping the street typed', async () => {
    const found = await offlineGeocoder.locate({ street: '2 place du Caquet', postcode: '93200', commune: 'ST-DENIS' });
    expect(found).toMatchObject({
      street: '2 place du Caquet',
      postcode: '93200',
      commune: 'Saint-Denis',
      communeCode: '93066',
      precision: 'commune',
    });
    expect(found!.lat).toBeCloseTo(48.93, 1);
    expect(found!.lng).toBeCloseTo(2.35, 1);
  });

  it('accepts the postcodes of the arrondissements of Marseille, Paris and Lyon', async () => {
    for (const [postcode, commune, code] of [
      ['13003', 'Marseille', '13203'],
      ['75002', 'paris', '75102'],
      ['69003', 'Lyon 3e', '69383'],
    ] as const) {
      const found = await offlineGeocoder.locate({ street: '1 rue de la République', postcode, commune });
      expect(found, postcode).toMatchObject({ postcode, communeCode: code });
    }
  });

  it('accepts the name of a former commune still used in postal addresses', async () => {
    expect(
      await offlineGeocoder.locate({ street: '1 rue du Val', postcode: '50100', commune: 'Cherbourg-Octeville' }),
    ).toMatchObject({ commune: 'Cherbourg-en-Cotentin' });
  });

  it('finds nothing when the commune is not one of the postcode, or the postcode does not exist, so the host places a pin', async () => {
    expect(
      await offlineGeocoder.locate({ street: '1 rue de Paris', postcode: '93200', commune: 'Bobigny' }),
    ).toBeNull();
    expect(
      await offlineGeocoder.locate({ street: '1 rue de Paris', postcode: '99999', commune: 'Saint-Denis' }),
    ).toBeNull();
  });

  it('suggests communes from the start of a postcode or of a name', async () => {
    const byPostcode = await offlineGeocoder.suggest('932');
    expect(byPostcode).toHaveLength(5);
    expect(byPostcode.every((suggestion) => suggestion.postcode.startsWith('932'))).toBe(true);
    expect(byPostcode[0]).toMatchObject({ postcode: '93200', commune: 'Saint-Denis' });

    expect(await offlineGeocoder.suggest('Bobig')).toEqual([
      expect.objectContaining({ label: '93000 Bobigny', commune: 'Bobigny', communeCode: '93008', street: null }),
    ]);
    expect((await offlineGeocoder.suggest('saint-denis', 3)).map((s) => s.commune)).toEqual([
      'Saint-Denis',
      'Saint-Denis',
      'Saint-Denis',
    ]);
  });

  it('keeps the street part of a full address typed in one field', async () => {
    expect(await offlineGeocoder.suggest('12 rue de la Paix 75002 Paris')).toEqual([
      expect.objectContaining({ street: '12 rue de la Paix', postcode: '75002', commune: 'Paris' }),
    ]);
    expect((await offlineGeocoder.suggest('12 rue de la Paix, Bobigny'))[0]).toMatchObject({
      street: '12 rue de la Paix',
      postcode: '93000',
    });
  });
});

const feature = (type: string, name: string, postcode: string, score: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.3601, 48.9362] },
  properties: {
    label: `${name} ${postcode} Saint-Denis`,
    name,
    postcode,
    city: 'Saint-Denis',
    citycode: '93066',
    type,
    score,
  },
});

function fakeFetch(body: unknown, status = 200) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
}

describe('address API geocoder (fake network)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('maps the API features to addresses and queries the postcode', async () => {
    const fetchImpl = fakeFetch({ features: [feature('housenumber', '2 Place du Caquet', '93200', 0.92)] });
    const found = await apiAdresseGeocoder(fetchImpl, 'https://api.test').locate({
      street: '2 place du Caquet',
      postcode: '93200',
      commune: 'Saint-Denis',
    });
    expect(found).toEqual({
      label: '2 Place du Caquet 93200 Saint-Denis',
      street: '2 Place du Caquet',
      postcode: '93200',
      commune: 'Saint-Denis',
      communeCode: '93066',
      lat: 48.9362,
      lng: 2.3601,
      precision: 'address',
    });
    const url = new URL(String(fetchImpl.mock.calls[0]![0]));
    expect(url.origin + url.pathname).toBe('https://api.test/search/');
    expect(url.searchParams.get('q')).toBe('2 place du Caquet 93200 Saint-Denis');
    expect(url.searchParams.get('postcode')).toBe('93200');
  });

  it('refuses a doubtful match or one in another postcode', async () => {
    const doubtful = apiAdresseGeocoder(fakeFetch({ features: [feature('street', 'Rue de Paris', '93200', 0.31)] }));
    expect(await doubtful.locate({ street: 'rue de Pari', postcode: '93200', commune: 'Saint-Denis' })).toBeNull();
    const elsewhere = apiAdresseGeocoder(fakeFetch({ features: [feature('street', 'Rue de Paris', '93210', 0.9)] }));
    expect(await elsewhere.locate({ street: 'rue de Paris', postcode: '93200', commune: 'Saint-Denis' })).toBeNull();
  });

  it('suggests addresses as the API ranks them, commune-only results without a street', async () => {
    const fetchImpl = fakeFetch({
      features: [
        feature('street', 'Rue de la République', '93200', 0.7),
        feature('municipality', 'Saint-Denis', '93200', 0.6),
      ],
    });
    const suggestions = await apiAdresseGeocoder(fetchImpl).suggest('rue de la rép saint-denis', 4);
    expect(suggestions.map((s) => [s.street, s.precision])).toEqual([
      ['Rue de la République', 'address'],
      [null, 'commune'],
    ]);
    expect(new URL(String(fetchImpl.mock.calls[0]![0])).searchParams.get('limit')).toBe('4');
  });

  it('falls back to the offline adapter, with a warning, when the API is unreachable or refuses', async () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => {});
    const down = apiAdresseGeocoder(vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    expect(await down.locate({ street: '2 place du Caquet', postcode: '93200', commune: 'Saint-Denis' })).toMatchObject(
      { communeCode: '93066', precision: 'commune', street: '2 place du Caquet' },
    );
    expect((await down.suggest('Bobig'))[0]).toMatchObject({ commune: 'Bobigny' });
    const refusing = apiAdresseGeocoder(fakeFetch({ message: 'Too many requests' }, 429));
    expect(
      await refusing.locate({ street: '2 place du Caquet', postcode: '93200', commune: 'Saint-Denis' }),
    ).toMatchObject({ communeCode: '93066' });
    expect(warnings.mock.calls.map(([line]) => JSON.parse(String(line)).level)).toEqual(['warn', 'warn', 'warn']);
  });
});

describe('getGeocoder', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('uses the offline adapter unless GEOCODER=api-adresse', () => {
    vi.stubEnv('GEOCODER', '');
    expect(getGeocoder()).toBe(offlineGeocoder);
    vi.stubEnv('GEOCODER', 'api-adresse');
    expect(getGeocoder()).not.toBe(offlineGeocoder);
  });
});
