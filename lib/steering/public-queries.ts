import 'server-only';
import { getDb, type Db } from '@/db/client';
import { offerFigures } from './indicator-queries';
import { applicationFigures, areaFigures } from './pupil-indicator-queries';
import { PUBLIC_STATISTICS } from './queries';
import { NO_FILTERS, NO_OFFERS, NO_PUPILS, type OfferFigures, type SteeringQuery, type TargetTriple } from './rules';
import { publicFunnels, publicSectorGender, type PublicFunnel, type PublicSectorGenderTable } from './small-groups';

/*
 * The public statistics page (/statistiques): the national figures and one line per region of a
 * campaign, for anyone, without signing in. Read through the dashboards' own functions, as the
 * national view of the PUBLIC_STATISTICS reader (queries.ts), so sharing their cache (at most a
 * minute old) with /pilotage/national; then the small-group rule (small-groups.ts) on every count
 * about pupils. Offers and seats are published as they are. No filter: aggregates only.
 */

export interface PublicRegionRow {
  code: string;
  name: string;
  /** Offers and seats (not about pupils): as they are. */
  offers: number;
  seatsOffered: number;
  seatsPublic: number;
  seatsPrivate: number;
  target: TargetTriple | null;
  pupils: PublicFunnel;
}

export interface PublicStatistics {
  schoolYear: number;
  /** The oldest of the figures' times: « Chiffres du … ». */
  asOf: Date;
  /** National offers and seats, public and private, against the national target. */
  offers: Pick<OfferFigures, 'offers' | 'target' | 'gaps'>;
  applications: PublicSectorGenderTable;
  confirmed: PublicSectorGenderTable;
  completed: PublicSectorGenderTable;
  /** Pupils registered, with an application, placed, completed: nationally. */
  pupils: PublicFunnel;
  regions: PublicRegionRow[];
}

export async function publicStatistics(schoolYear: number, db?: Db): Promise<PublicStatistics> {
  db ??= await getDb();
  const query: SteeringQuery = { schoolYear, filters: NO_FILTERS };
  const national = { level: 'national' } as const;
  const [offers, applications, areas] = await Promise.all([
    offerFigures(PUBLIC_STATISTICS, national, query, db),
    applicationFigures(PUBLIC_STATISTICS, national, query, db),
    areaFigures(PUBLIC_STATISTICS, national, query, db),
  ]);
  if (!offers || !applications || !areas) throw new Error('The national view is always readable by the public page.');

  // Every region: those with offers (offerFigures' children) and those with pupils (areaFigures' rows).
  const offersByRegion = new Map(offers.figures.children.map((child) => [child.code, child]));
  const areaRows = areas.figures.rows;
  const codes = [...new Set([...areaRows.map((row) => row.code), ...offersByRegion.keys()])];
  const names = new Map([
    ...areaRows.map((row) => [row.code, row.name] as const),
    ...offers.figures.children.map((child) => [child.code, child.name] as const),
  ]);
  codes.sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
  const areaOf = new Map(areaRows.map((row) => [row.code, row]));
  const funnels = publicFunnels(
    codes.map((code) => areaOf.get(code) ?? NO_PUPILS),
    areas.figures.total,
  );

  const { applications: sent, confirmed, completed } = applications.figures;
  return {
    schoolYear,
    asOf: new Date(Math.min(offers.asOf.getTime(), applications.asOf.getTime(), areas.asOf.getTime())),
    offers: { offers: offers.figures.offers, target: offers.figures.target, gaps: offers.figures.gaps },
    applications: publicSectorGender(sent),
    confirmed: publicSectorGender(confirmed),
    completed: publicSectorGender(completed),
    pupils: funnels.total,
    regions: codes.map((code, index) => {
      const split = offersByRegion.get(code)?.offers;
      return {
        code,
        name: names.get(code)!,
        offers: split?.total.offers ?? NO_OFFERS.offers,
        seatsOffered: split?.total.seatsOffered ?? 0,
        seatsPublic: split?.public.seatsOffered ?? 0,
        seatsPrivate: split?.private.seatsOffered ?? 0,
        target: offersByRegion.get(code)?.target ?? null,
        pupils: funnels.rows[index]!,
      };
    }),
  };
}

const collator = new Intl.Collator('fr', { numeric: true });
