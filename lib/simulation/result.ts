import { z } from 'zod';

/*
 * What `npm run simulate:campaign` writes when it finishes (--out), and what the admin loads into a
 * simulated campaign (lib/simulation, /admin/simulations): the figures of both scenarios, nationally
 * and per department. Client-safe, pure: the simulator fills it, the loader checks it.
 */

/** The figures of one scenario over one area (France, or one department). */
export const areaFiguresSchema = z.object({
  /** Seats of the published offers placed in the area: each offer's year's seats, capped by its weeks'. */
  seatsOffered: z.number().int().nonnegative(),
  /** Confirmed internships in those offers at the end of the campaign. */
  seatsFilled: z.number().int().nonnegative(),
  /** Pupils of the area's collèges who could search (parental authorisation, eligible collège). */
  pupils: z.number().int().nonnegative(),
  /** Of those, the ones with at least one confirmed internship. */
  pupilsPlaced: z.number().int().nonnegative(),
  /** Of those, the ones with no confirmed internship within 60 km of their collège (none at all included). */
  pupilsWithoutPlacementWithin60Km: z.number().int().nonnegative(),
  /** Median distance from the collège to the internship over confirmed internships, in km; null without one. */
  medianDistanceKm: z.number().nonnegative().nullable(),
});
export type AreaFigures = z.infer<typeof areaFiguresSchema>;

export const SCENARIOS = ['a', 'b'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_LABELS: Record<Scenario, string> = {
  a: 'Sans coordination',
  b: 'Semaines suggérées',
};

export const scenarioResultSchema = z.object({
  national: areaFiguresSchema,
  /** By INSEE department code. */
  departments: z.record(z.string().regex(/^(\d{2}|2A|2B|97\d)$/), areaFiguresSchema),
});
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

export const simulationResultSchema = z.object({
  version: z.literal(1),
  seed: z.number().int(),
  scale: z.number().positive(),
  /** First calendar year of the simulated campaign. */
  schoolYear: z.number().int(),
  finishedAt: z.iso.datetime(),
  scenarios: z.object({ a: scenarioResultSchema, b: scenarioResultSchema }),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;

/** Share of the seats filled, 0 without seats. */
export function shareFilled(figures: Pick<AreaFigures, 'seatsFilled' | 'seatsOffered'>): number {
  return figures.seatsOffered === 0 ? 0 : figures.seatsFilled / figures.seatsOffered;
}
