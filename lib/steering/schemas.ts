import { currentOrUpcomingSchoolYear } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';
import { isUuid } from '@/lib/ids';
import type { HostKind, NetworkFilter, SteeringQuery } from './rules';

/*
 * The dashboards' campaign and filters as they live in the URL of /pilotage
 * (`?annee=2026&secteur=<uuid>&statut=public|prive&reseau=rep-plus|rep`): a hand-edited link drops
 * what it does not understand rather than failing, like the search's (lib/offers/search-schemas.ts).
 */

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

const KINDS: Record<string, HostKind> = { public: 'public', prive: 'private' };
const NETWORKS: Record<string, NetworkFilter> = { 'rep-plus': 'rep_plus', rep: 'rep' };
export const KIND_PARAMS = { public: 'public', private: 'prive' } as const satisfies Record<HostKind, string>;
export const NETWORK_PARAMS = { rep_plus: 'rep-plus', rep: 'rep' } as const satisfies Record<NetworkFilter, string>;

// Own keys only: `?statut=constructor` must not find Object's.
const lookup = <T>(table: Record<string, T>, key: string): T | null => (Object.hasOwn(table, key) ? table[key]! : null);

/** The campaigns offered: from 2019-2020 (the circular's) to the one after today's. */
export function steeringYears(today: IsoDate): number[] {
  const last = currentOrUpcomingSchoolYear(today) + 1;
  return Array.from({ length: last - 2019 + 1 }, (_, i) => last - i);
}

export function parseSteeringParams(params: Params, today: IsoDate): SteeringQuery {
  const year = first(params.annee);
  const years = steeringYears(today);
  const sector = first(params.secteur);
  return {
    schoolYear: years.find((y) => String(y) === year) ?? currentOrUpcomingSchoolYear(today),
    filters: {
      sectorId: isUuid(sector) ? sector : null,
      kind: lookup(KINDS, first(params.statut)),
      network: lookup(NETWORKS, first(params.reseau)),
    },
  };
}

/** The query back as URL parameters (for links that keep the filters while drilling down). */
export function steeringParams({ schoolYear, filters }: SteeringQuery): Record<string, string> {
  const params: Record<string, string> = { annee: String(schoolYear) };
  if (filters.sectorId) params.secteur = filters.sectorId;
  if (filters.kind) params.statut = KIND_PARAMS[filters.kind];
  if (filters.network) params.reseau = NETWORK_PARAMS[filters.network];
  return params;
}
