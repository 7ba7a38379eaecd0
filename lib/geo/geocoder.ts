import 'server-only';
import { apiAdresseGeocoder } from './geocoder-api-adresse';
import { offlineGeocoder } from './geocoder-offline';

/*
 * Geocoding behind one interface. The offline adapter (postcode + commune -> the commune's centre,
 * from npm reference data) is always available and is the one tests use; the national address
 * API (api-adresse.data.gouv.fr) is enabled with GEOCODER=api-adresse. A lookup that finds
 * nothing returns null: the form keeps what was typed and asks for a pin on the map.
 */

export interface AddressQuery {
  street: string;
  postcode: string;
  commune: string;
}

export interface GeocodedAddress {
  /** As shown in the suggestions: "12 rue de la Paix 75002 Paris". */
  label: string;
  /** null when only the commune was found (offline adapter). */
  street: string | null;
  postcode: string;
  commune: string;
  /** INSEE code. */
  communeCode: string;
  lat: number;
  lng: number;
  precision: 'address' | 'commune';
}

export interface Geocoder {
  /** Suggestions for what the user is typing (at most `limit`). */
  suggest(text: string, limit?: number): Promise<GeocodedAddress[]>;
  /** The best match of a full address, or null. */
  locate(query: AddressQuery): Promise<GeocodedAddress | null>;
}

/** The place step's message when an address cannot be located (on the street field). */
export const ADDRESS_NOT_FOUND =
  'Nous n’avons pas trouvé cette adresse. Vérifiez-la, ou placez le lieu du stage sur la carte ci-dessous.';

/** GEOCODER=api-adresse: the national address API (offline adapter if it fails); else offline only. */
export function getGeocoder(): Geocoder {
  return process.env.GEOCODER === 'api-adresse' ? apiAdresseGeocoder() : offlineGeocoder;
}
