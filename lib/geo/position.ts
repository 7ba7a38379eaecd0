import 'server-only';
import { haversineKm, type LatLng } from './distance';
import { ADDRESS_NOT_FOUND, type AddressQuery, type Geocoder } from './geocoder';
import { offlineGeocoder } from './geocoder-offline';

/*
 * An offer is where its address says: whatever position the browser sends (a suggestion, a pin,
 * typed coordinates, or a forged request), it must lie near the centre of the commune the address
 * names, from the reference data (the offline geocoder's commune centres), not from the browser.
 */

/**
 * 20 km: the centres are those of the communes' territories, not of their towns. Arles, the
 * largest commune of mainland France, has its town 17 km from its centre; Marseille's northern
 * quarters are 13 km from its centre. Nearer would refuse real addresses; this is still far too
 * close for a pin in another département's town.
 */
export const MAX_KM_FROM_COMMUNE = 20;
/** Guyane's communes are as large as départements: Maripasoula's town is 110 km from its commune's centre. */
export const MAX_KM_FROM_COMMUNE_GUYANE = 150;

export function maxKmFromCommune(postcode: string): number {
  return postcode.startsWith('973') ? MAX_KM_FROM_COMMUNE_GUYANE : MAX_KM_FROM_COMMUNE;
}

export const UNKNOWN_POSTCODE =
  'Ce code postal ne correspond à aucune commune : indiquez celui du lieu de stage (pas un code CEDEX).';

export function farFromCommune(km: number, commune: string): string {
  return `Ce point est à ${Math.round(km)} km de ${commune} : placez le repère sur le lieu du stage, ou corrigez l’adresse.`;
}

export type PlaceCheck =
  | { ok: true; position: LatLng; communeCode: string | null }
  | { ok: false; field: 'postcode' | 'street' | 'lat'; message: string };

/**
 * Where the place step saves the offer: the position sent (lat/lng, '' when none), else the
 * geocoder's for the address, if it lies within maxKmFromCommune of the centre of the commune
 * named by the postcode and commune (or, when the name does not match, of the postcode's most
 * populated commune). The commune code is the reference data's (or the geocoder's), never the
 * browser's: it decides the offer's département, and so who reads its reports.
 */
export async function placeAddress(
  address: AddressQuery & { lat: number | ''; lng: number | '' },
  geocoder: Geocoder,
): Promise<PlaceCheck> {
  const postcode = address.postcode.trim();
  const commune = await offlineGeocoder.locate({ street: '', postcode, commune: address.commune });
  const centre = commune ?? (await offlineGeocoder.suggest(postcode, 1))[0];
  if (!centre) return { ok: false, field: 'postcode', message: UNKNOWN_POSTCODE };
  let position: LatLng;
  let communeCode = commune?.communeCode ?? null;
  if (address.lat === '' || address.lng === '') {
    const found = await geocoder.locate(address);
    if (!found) return { ok: false, field: 'street', message: ADDRESS_NOT_FOUND };
    position = { lat: found.lat, lng: found.lng };
    communeCode ??= found.communeCode;
  } else position = { lat: address.lat, lng: address.lng };
  const km = haversineKm(position, centre);
  if (km > maxKmFromCommune(postcode)) return { ok: false, field: 'lat', message: farFromCommune(km, centre.commune) };
  return { ok: true, position, communeCode };
}
