import { formatWeek } from '@/lib/calendar/format';
import { capitalise } from '@/lib/text/words';
import type { SearchArea } from './search-queries';
import type { SearchFilters } from './search-schemas';

/** A search one click away from an empty one, that finds `count` offers. */
export interface Widening {
  label: string;
  filters: SearchFilters;
  count: number;
}

type Search = { filters: SearchFilters; area: SearchArea };

/**
 * When a search finds nothing, the nearest searches that do: the next larger distance that finds
 * something, each of the class's other weeks, the same search in every sector, without the words.
 * `count` runs a search's count (the caller's query); only searches that find offers are proposed.
 */
export async function wideningsFor(
  filters: SearchFilters,
  area: SearchArea,
  count: (search: Search) => Promise<number>,
): Promise<Widening[]> {
  const found: Widening[] = [];
  const propose = async (label: string, search: Search) => {
    const n = await count(search);
    if (n > 0) found.push({ label, filters: search.filters, count: n });
    return n > 0;
  };

  if (area.radiusKm !== null) {
    const larger = area.distances.filter((d) => d === 'france' || d > area.radiusKm!);
    for (const distance of larger) {
      const label = distance === 'france' ? 'Dans toute la France' : `Jusqu’à ${distance} km`;
      const widened = { ...area, radiusKm: distance === 'france' ? null : distance };
      if (await propose(label, { filters: { ...filters, distance }, area: widened })) break;
    }
  }
  if (filters.week) {
    const others = area.defaultWeeks?.filter((week) => week !== filters.week);
    if (others?.length) {
      for (const week of others) await propose(capitalise(formatWeek(week)), { filters: { ...filters, week }, area });
    } else {
      await propose('Toutes les semaines', { filters: { ...filters, week: undefined }, area });
    }
  }
  if (filters.sectorId) await propose('Tous les secteurs', { filters: { ...filters, sectorId: undefined }, area });
  if (filters.q) await propose(`Sans les mots « ${filters.q} »`, { filters: { ...filters, q: undefined }, area });
  return found;
}
