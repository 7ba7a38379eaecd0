import 'server-only';
import {
  byName,
  byNameContaining,
  byPostcodePrefix,
  loadIndexes,
  normaliseName,
  withPostcode,
  type Place,
} from './commune-index';

/*
 * The commune a visitor searches offers around: typed by name or postcode, suggested from the
 * offline commune list (commune-index.ts), then resolved to its centre. No network, no database.
 */

export interface PlaceMatch {
  /** "Saint-Denis (93200)": what the field shows once chosen, and what resolvePlace reads back. */
  label: string;
  postcode: string;
  /** INSEE code (the arrondissement's in Paris, Lyon and Marseille). */
  communeCode: string;
  lat: number;
  lng: number;
}

function toMatch(place: Place): PlaceMatch {
  return {
    label: `${place.name} (${place.postcode})`,
    postcode: place.postcode,
    communeCode: place.code,
    lat: place.lat,
    lng: place.lng,
  };
}

/** "Saint-Denis (93200)", as labels are written. */
const LABEL = /^(.+?)\s*\((\d{5})\)$/;
/** A postcode anywhere in the text: "93200", "93200 Saint-Denis", "Saint-Denis 93200". */
const POSTCODE = /(?:^|\D)(\d{5})(?!\d)/;

function search(index: Awaited<ReturnType<typeof loadIndexes>>, text: string, limit: number): Place[] {
  const trimmed = text.trim();
  const label = LABEL.exec(trimmed);
  if (label) return withPostcode(index, label[2]!, label[1]!).slice(0, limit);
  const postcode = POSTCODE.exec(trimmed);
  if (postcode) {
    const name = trimmed.slice(0, postcode.index) + ' ' + trimmed.slice(postcode.index + postcode[0].length);
    return withPostcode(index, postcode[1]!, name).slice(0, limit);
  }
  if (/^\d{2,4}$/.test(trimmed)) return byPostcodePrefix(index, trimmed, limit);
  const key = normaliseName(trimmed);
  if (key.length < 2) return [];
  const found = byName(index, key, limit);
  if (found.length >= limit) return found;
  const more = byNameContaining(index, key, limit).filter((place) => !found.includes(place));
  return [...found, ...more].slice(0, limit);
}

/**
 * Up to `limit` communes for what the visitor is typing: by name (accents, case, hyphens and
 * "St" ignored; the exact name, then names starting with it, then a word of the name, then
 * anywhere in it; the most populated first in each) or by the start of a postcode ("932": the
 * communes of 932xx). A commune with several postcodes is proposed once by name, with its first.
 */
export async function findPlaces(q: string, limit = 10): Promise<PlaceMatch[]> {
  return search(await loadIndexes(), q, limit).map(toMatch);
}

/**
 * The one commune a submitted text names (the form also works without JavaScript, when nothing
 * was chosen from the suggestions): a label "Saint-Denis (93200)", a postcode (its most populated
 * commune), or a name (the best suggestion); null when nothing matches.
 */
export async function resolvePlace(text: string): Promise<PlaceMatch | null> {
  const [place] = search(await loadIndexes(), text, 1);
  return place ? toMatch(place) : null;
}
