import type { PlaceMatch } from '@/lib/geo/places';

/** Commune suggestions from /api/communes (the offline commune list). */
export async function fetchPlaces(q: string, signal: AbortSignal): Promise<PlaceMatch[]> {
  try {
    const response = await fetch(`/api/communes?q=${encodeURIComponent(q)}`, { signal });
    return response.ok ? ((await response.json()) as { places: PlaceMatch[] }).places : [];
  } catch {
    return []; // Aborted by a newer keystroke, or offline: the typed text is submitted as it is.
  }
}

/** What the live region says: how many communes are proposed, none, or the one chosen. */
export function placesAnnouncement({
  open,
  count,
  answered,
  chosen,
}: {
  open: boolean;
  count: number;
  /** The text the last suggestions answer, null when none were asked since the last change. */
  answered: string | null;
  chosen: string | null;
}): string {
  if (chosen) return `Choisi : ${chosen}.`;
  if (open)
    return `${count} ${count > 1 ? 'communes proposées' : 'commune proposée'} : flèches haut et bas pour les parcourir, Entrée pour choisir.`;
  if (answered !== null && count === 0) return `Aucune commune ne correspond à «\u00a0${answered}\u00a0».`;
  return '';
}
