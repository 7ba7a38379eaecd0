import { formatDay } from '@/lib/calendar/format';
import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';

/*
 * The pupils' search area, set by the head (technical note, Annex 1 part 2): 60 km around the
 * collège by default; « A partir de la fin du mois de septembre, le chef d'établissement pourra
 * ouvrir ce périmètre à une recherche à l'échelle nationale. » Pure and client-safe: the page
 * shows the same dates and choices the mutations enforce.
 */

/** The bounds of schools.search_radius_km (its check constraint). */
export const SEARCH_RADIUS_MIN_KM = 1;
export const SEARCH_RADIUS_MAX_KM = 200;
export const DEFAULT_SEARCH_RADIUS_KM = 60;

/**
 * The radii offered to the head: the pupils' own distance filter (10, 20, 30, 60 km) plus wider
 * circles for rural and overseas collèges, up to the bound. A list rather than a free number: no
 * typo can leave pupils with a 6 km or a 600 km circle, and the head compares choices at a glance.
 */
export const SEARCH_RADIUS_CHOICES_KM = [10, 20, 30, 40, 60, 80, 100, 150, 200] as const;

/** The choices for a select, with the current radius among them even if it is not a usual one. */
export function searchRadiusOptions(currentKm: number): { value: string; label: string }[] {
  const radii = [...new Set([...SEARCH_RADIUS_CHOICES_KM, currentKm])].sort((a, b) => a - b);
  return radii.map((km) => ({
    value: String(km),
    label: km === DEFAULT_SEARCH_RADIUS_KM ? `${km} km (par défaut)` : `${km} km`,
  }));
}

/** "La fin du mois de septembre": 25 September of the school year in progress (or, in summer, of the next one). */
export function nationalSearchOpensOn(today: IsoDate): IsoDate {
  return `${currentOrUpcomingSchoolYear(today)}-09-25`;
}

/** Why national search cannot be opened today, naming the date it can; null when it can. */
export function nationalSearchRefusal(today: IsoDate): string | null {
  const opensOn = nationalSearchOpensOn(today);
  return today >= opensOn
    ? null
    : `La recherche nationale peut être ouverte à partir du ${formatDay(opensOn)} : jusque-là, les élèves cherchent dans le rayon choisi autour du collège.`;
}
