import { z } from 'zod';
import { log } from '@/lib/log';
import type { AddressQuery, GeocodedAddress, Geocoder } from './geocoder';
import { offlineGeocoder } from './geocoder-offline';

/*
 * The national address API (Base Adresse Nationale, https://adresse.data.gouv.fr/outils/api-doc/adresse),
 * enabled with GEOCODER=api-adresse. Street-level precision; when it is down, slow or refuses, the
 * offline adapter answers instead (commune precision), so the form keeps working.
 */

const TIMEOUT_MS = 3000;
/** Below this the API is guessing (another street, another commune): better ask for a map pin. */
const MIN_SCORE = 0.5;
/** The API refuses longer queries. */
const MAX_QUERY = 200;

const featureSchema = z.object({
  geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    label: z.string(),
    name: z.string(),
    postcode: z.string(),
    city: z.string(),
    citycode: z.string(),
    type: z.enum(['housenumber', 'street', 'locality', 'municipality']),
    score: z.number(),
  }),
});
type Feature = z.infer<typeof featureSchema>;

type Scored = { address: GeocodedAddress; score: number };

function toAddress({ geometry, properties }: Feature): Scored {
  const [lng, lat] = geometry.coordinates;
  const precise = properties.type !== 'municipality';
  const address: GeocodedAddress = {
    label: properties.label,
    street: precise ? properties.name : null,
    postcode: properties.postcode,
    commune: properties.city,
    communeCode: properties.citycode,
    lat,
    lng,
    precision: precise ? 'address' : 'commune',
  };
  return { address, score: properties.score };
}

export function apiAdresseGeocoder(
  fetchImpl: typeof fetch = fetch,
  baseUrl = 'https://api-adresse.data.gouv.fr',
): Geocoder {
  /** The features the API found, or null when it could not answer (the caller falls back). */
  async function search(q: string, params: Record<string, string>): Promise<Scored[] | null> {
    const url = `${baseUrl}/search/?${new URLSearchParams({ q: q.slice(0, MAX_QUERY), ...params })}`;
    try {
      const response = await fetchImpl(url, {
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        log('warn', 'geocoder.api_adresse.refused', { status: response.status });
        return null;
      }
      const body = z.object({ features: z.array(z.unknown()) }).parse(await response.json());
      // A feature the API shapes differently (a new type, a missing postcode) is skipped, not fatal.
      return body.features.flatMap((feature) => {
        const parsed = featureSchema.safeParse(feature);
        return parsed.success ? [toAddress(parsed.data)] : [];
      });
    } catch (error) {
      log('warn', 'geocoder.api_adresse.unavailable', { error });
      return null;
    }
  }

  return {
    async suggest(text, limit = 5) {
      const q = text.trim();
      if (q.length < 3) return [];
      const found = await search(q, { limit: String(limit), autocomplete: '1' });
      return found ? found.map(({ address }) => address) : offlineGeocoder.suggest(text, limit);
    },

    async locate(query: AddressQuery) {
      const postcode = query.postcode.trim();
      const found = await search(`${query.street} ${postcode} ${query.commune}`.trim(), {
        postcode,
        limit: '5',
        autocomplete: '0',
      });
      if (!found) return offlineGeocoder.locate(query);
      const best = found
        .filter(({ address, score }) => score >= MIN_SCORE && address.postcode === postcode)
        .sort((a, b) => b.score - a.score)[0]?.address;
      if (!best) return null;
      // Only the commune was found: keep the street as typed rather than lose it.
      return best.precision === 'commune' ? { ...best, street: query.street.trim() || null } : best;
    },
  };
}
