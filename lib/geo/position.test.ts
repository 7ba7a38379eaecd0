import { describe, expect, it } from 'vitest';
import { haversineKm } from './distance';
import { ADDRESS_NOT_FOUND, type GeocodedAddress, type Geocoder } from './geocoder';
import { offlineGeocoder } from './geocoder-offline';
import { MAX_KM_FROM_COMMUNE, placeAddress, UNKNOWN_POSTCODE } from './position';

const SAINT_DENIS = { street: '12 rue du Landy', postcode: '93200', commune: 'Saint-Denis' };
const noAddress: Geocoder = { suggest: async () => [], locate: async () => null };
const at = (lat: number, lng: number): Geocoder => ({
  suggest: async () => [],
  locate: async () => ({ lat, lng, communeCode: '93066' }) as GeocodedAddress,
});

describe('an offer is where its address says', () => {
  it('keeps a pin near the commune and takes the commune code from the reference data, not the browser', async () => {
    expect(await placeAddress({ ...SAINT_DENIS, lat: 48.923, lng: 2.359 }, noAddress)).toEqual({
      ok: true,
      position: { lat: 48.923, lng: 2.359 },
      communeCode: '93066',
    });
  });

  it('refuses a position far from the commune on the coordinates, with the distance', async () => {
    expect(await placeAddress({ ...SAINT_DENIS, lat: 43.2965, lng: 5.3698 }, noAddress)).toEqual({
      ok: false,
      field: 'lat',
      message: 'Ce point est à 668 km de Saint-Denis : placez le repère sur le lieu du stage, ou corrigez l’adresse.',
    });
    // Just beyond the limit: 21 km north of Saint-Denis's centre.
    expect(await placeAddress({ ...SAINT_DENIS, lat: 48.9355 + 21 / 111.2, lng: 2.3694 }, noAddress)).toMatchObject({
      ok: false,
      field: 'lat',
    });
  });

  it('checks the geocoder’s answer the same way when the browser sent no position', async () => {
    expect(await placeAddress({ ...SAINT_DENIS, lat: '', lng: '' }, offlineGeocoder)).toMatchObject({ ok: true });
    expect(await placeAddress({ ...SAINT_DENIS, lat: '', lng: '' }, noAddress)).toEqual({
      ok: false,
      field: 'street',
      message: ADDRESS_NOT_FOUND,
    });
    expect(await placeAddress({ ...SAINT_DENIS, lat: '', lng: '' }, at(45.76, 4.84))).toMatchObject({
      ok: false,
      field: 'lat',
    });
  });

  it('allows 20 km for large communes, and more in Guyane, whose communes are as large as départements', async () => {
    // Arles's town is 17 km from the centre of its commune, the largest of mainland France.
    const arles = { street: 'Place de la République', postcode: '13200', commune: 'Arles' };
    const town = { lat: 43.6766, lng: 4.6278 };
    const centre = (await offlineGeocoder.locate(arles))!;
    expect(haversineKm(town, centre)).toBeGreaterThan(15);
    expect(haversineKm(town, centre)).toBeLessThan(MAX_KM_FROM_COMMUNE);
    expect(await placeAddress({ ...arles, ...town }, noAddress)).toMatchObject({ ok: true, communeCode: '13004' });
    // Maripasoula's town, 109 km from its commune's centre.
    const maripasoula = { street: 'Rue Paul Tafanier', postcode: '97370', commune: 'Maripasoula' };
    expect(await placeAddress({ ...maripasoula, lat: 3.6406, lng: -54.0284 }, noAddress)).toMatchObject({ ok: true });
  });

  it('falls back on the postcode’s commune when the name does not match; an unknown postcode is refused', async () => {
    const misspelt = { ...SAINT_DENIS, commune: 'Saint-Deni' };
    expect(await placeAddress({ ...misspelt, lat: 48.923, lng: 2.359 }, noAddress)).toEqual({
      ok: true,
      position: { lat: 48.923, lng: 2.359 },
      communeCode: null,
    });
    expect(await placeAddress({ ...misspelt, lat: 43.2965, lng: 5.3698 }, noAddress)).toMatchObject({ field: 'lat' });
    expect(await placeAddress({ ...SAINT_DENIS, postcode: '99999', lat: 48.923, lng: 2.359 }, noAddress)).toEqual({
      ok: false,
      field: 'postcode',
      message: UNKNOWN_POSTCODE,
    });
  });
});
