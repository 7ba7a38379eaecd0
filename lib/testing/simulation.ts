import type { AreaFigures, SimulationResult } from '@/lib/simulation/result';

/*
 * A small simulation result for the tests of lib/simulation: France, and four departments of the
 * steering fixture's regions (lib/testing/steering.ts): Île-de-France's 75, 93 and 94 (not its five
 * others), and Provence-Alpes-Côte d'Azur's 13. Figures chosen so that every sum is checkable by hand.
 */

const area = (
  seatsOffered: number,
  seatsFilled: number,
  pupils: number,
  pupilsPlaced: number,
  pupilsWithoutPlacementWithin60Km: number,
  medianDistanceKm: number | null,
): AreaFigures => ({
  seatsOffered,
  seatsFilled,
  pupils,
  pupilsPlaced,
  pupilsWithoutPlacementWithin60Km,
  medianDistanceKm,
});

export function simulationResult(overrides: Partial<SimulationResult> = {}): SimulationResult {
  return {
    version: 1,
    seed: 42,
    scale: 0.1,
    schoolYear: 2026,
    finishedAt: '2026-11-30T18:00:00.000Z',
    scenarios: {
      a: {
        national: area(30_000, 9_000, 25_000, 8_000, 15_000, 12.4),
        departments: {
          '75': area(2_000, 900, 600, 550, 20, 4.2),
          '93': area(1_200, 400, 1_500, 380, 900, 8.2),
          '94': area(800, 300, 900, 290, 450, 10.1),
          '13': area(1_000, 350, 1_100, 330, 600, 11),
        },
      },
      b: {
        national: area(30_000, 14_000, 25_000, 12_500, 9_000, 9.8),
        departments: {
          '75': area(2_000, 1_100, 600, 580, 10, 3.9),
          '93': area(1_200, 700, 1_500, 650, 600, 6.5),
          '94': area(800, 500, 900, 470, 300, 7.9),
          '13': area(1_000, 600, 1_100, 560, 400, 9.2),
        },
      },
    },
    ...overrides,
  };
}

/** The same, as the simulator writes it. */
export const simulationFile = (overrides: Partial<SimulationResult> = {}) =>
  JSON.stringify(simulationResult(overrides), null, 2);
