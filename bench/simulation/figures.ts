import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/migrate';
import { haversineKm } from '@/lib/geo/distance';
import type { AreaFigures, ScenarioResult } from '@/lib/simulation/result';
import type { SimCampaign } from './campaign';

/*
 * The figures of a finished scenario, read from what the domain left in the database: seats offered
 * by the department of the offer, pupils by the department of their collège. Every pupil who may
 * search counts, on the platform or not (MODEL.platformShare): the share the platform places.
 */

const WITHIN_KM = 60;

export async function scenarioFigures(db: Db, campaign: SimCampaign): Promise<ScenarioResult> {
  const seats = rowsOf<{ department: string; offered: number; filled: number }>(
    await db.execute(sql`
      select o.department_code as department,
        sum(least(o.seats_per_year, o.seats_per_week * (select count(*) from offer_weeks w where w.offer_id = o.id)))::int as offered,
        sum((select count(*) from applications a where a.offer_id = o.id and a.status = 'confirmed'))::int as filled
      from offers o where o.status = 'published' group by o.department_code`),
  );
  const placements = rowsOf<{ pupilId: string; lat: number; lng: number }>(
    await db.execute(sql`
      select a.pupil_id as "pupilId", o.lat, o.lng from applications a join offers o on o.id = a.offer_id
      where a.status = 'confirmed'`),
  );
  const pupils = new Map(campaign.pupils.map((pupil) => [pupil.id, pupil]));
  const areas = new Map<string, { figures: AreaFigures; distances: number[] }>();
  const area = (code: string) => {
    let entry = areas.get(code);
    if (!entry) {
      entry = {
        figures: {
          seatsOffered: 0,
          seatsFilled: 0,
          pupils: 0,
          pupilsPlaced: 0,
          pupilsWithoutPlacementWithin60Km: 0,
          medianDistanceKm: null,
        },
        distances: [],
      };
      areas.set(code, entry);
    }
    return entry;
  };
  for (const row of seats) {
    for (const code of ['*', row.department]) {
      area(code).figures.seatsOffered += row.offered;
      area(code).figures.seatsFilled += row.filled;
    }
  }
  const nearest = new Map<string, number>();
  for (const placement of placements) {
    const pupil = pupils.get(placement.pupilId)!;
    const km = haversineKm(pupil, placement);
    nearest.set(pupil.id, Math.min(km, nearest.get(pupil.id) ?? Infinity));
    for (const code of ['*', pupil.departmentCode]) area(code).distances.push(km);
  }
  for (const pupil of campaign.pupils) {
    const km = nearest.get(pupil.id);
    for (const code of ['*', pupil.departmentCode]) {
      const figures = area(code).figures;
      figures.pupils++;
      if (km !== undefined) figures.pupilsPlaced++;
      if (km === undefined || km > WITHIN_KM) figures.pupilsWithoutPlacementWithin60Km++;
    }
  }
  for (const entry of areas.values()) entry.figures.medianDistanceKm = median(entry.distances);
  const { ['*']: national, ...departments } = Object.fromEntries(
    [...areas].sort(([x], [y]) => x.localeCompare(y)).map(([code, entry]) => [code, entry.figures]),
  );
  return { national: national ?? area('*').figures, departments };
}

/** The median, to a tenth of a km; null for none. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}
