import type { GenderCounts, PupilFunnel, SectorGenderTable } from './rules';

/*
 * The small-group rule of the public statistics page (/statistiques, issue 14): no group of fewer
 * than 10 pupils shown separately. Pure and client-safe. Counts about pupils (pupils, their
 * applications and internships) go through it; offers and seats, about hosts, do not.
 *
 * 1. Merge: sectors with fewer than 10 (applications, internships) in total are merged into
 *    « Autres secteurs ».
 * 2. Primary suppression: every count below 10 (0 included, so that a reader learns nothing from a
 *    count either) is replaced by « moins de 10 ».
 * 3. Secondary suppression: a table's counts are tied by sums (each line of cells adds up to its
 *    total, each column to the column's total). Whenever such a line has exactly one hidden cell,
 *    it could be recomputed by subtraction, so a second one is hidden: the smallest other count of
 *    the line, a detail cell before a total; it reads « non diffusé ». Repeated until no line has
 *    exactly one hidden cell. A total goes only when its line has no detail cell left to hide.
 * Every table is built from the same national figures, so a total reads the same wherever shown.
 */

export const SMALL_GROUP = 10;
export const FEWER_THAN_10 = 'moins de 10';
export const WITHHELD = 'non diffusé';
export const OTHER_SECTORS = 'Autres secteurs';

/** A count as published: the figure, or why it is not shown. */
export type PublicCount = number | typeof FEWER_THAN_10 | typeof WITHHELD;

type Cell = [row: number, column: number];

/**
 * The rule on a grid of counts: `lines` are the sets of cells tied by one sum (a total among them);
 * `isTotal` tells the totals, hidden for the line's sake only when no detail cell is left.
 */
export function suppressSmallGroups(
  grid: number[][],
  lines: Cell[][],
  isTotal: (row: number, column: number) => boolean,
): PublicCount[][] {
  const out: PublicCount[][] = grid.map((row) => row.map((value) => (value < SMALL_GROUP ? FEWER_THAN_10 : value)));
  const hidden = ([r, c]: Cell) => typeof out[r]![c] === 'string';
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(hidden).length !== 1) continue;
      const candidates = line
        .filter((cell) => !hidden(cell))
        .sort((a, b) => Number(isTotal(...a)) - Number(isTotal(...b)) || grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]!);
      const [r, c] = candidates[0] ?? [];
      if (r === undefined || c === undefined) continue;
      out[r]![c] = WITHHELD;
      changed = true;
    }
  }
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export interface PublicGenderCounts {
  girl: PublicCount;
  boy: PublicCount;
  notStated: PublicCount;
  total: PublicCount;
}

export interface PublicSectorGenderTable {
  bySector: (PublicGenderCounts & { sectorName: string })[];
  total: PublicGenderCounts;
}

const GENDERS = ['girl', 'boy', 'notStated', 'total'] as const;
const counts = (row: GenderCounts) => GENDERS.map((key) => row[key]);
const publicCounts = (row: PublicCount[]): PublicGenderCounts => ({
  girl: row[0]!,
  boy: row[1]!,
  notStated: row[2]!,
  total: row[3]!,
});

/** A sector × gender table (applications, internships) under the rule: small sectors merged, then suppressed. */
export function publicSectorGender(table: SectorGenderTable): PublicSectorGenderTable {
  const large = table.bySector.filter((row) => row.total >= SMALL_GROUP);
  const small = table.bySector.filter((row) => row.total < SMALL_GROUP);
  const rows = [
    ...large.map((row) => ({ name: row.sectorName, counts: counts(row) })),
    ...(small.length > 0
      ? [
          {
            name: OTHER_SECTORS,
            counts: GENDERS.map((key) => small.reduce((sum, row) => sum + row[key], 0)),
          },
        ]
      : []),
  ];
  // The grid: one line per sector, then the totals line; columns girl, boy, not stated, total.
  const grid = [...rows.map((row) => row.counts), counts(table.total)];
  const last = rows.length;
  const lines: Cell[][] = [
    ...range(last + 1).map((r) => range(4).map((c): Cell => [r, c])),
    ...range(4).map((c) => range(last + 1).map((r): Cell => [r, c])),
  ];
  const out = suppressSmallGroups(grid, lines, (r, c) => r === last || c === 3);
  return {
    bySector: rows.map((row, r) => ({ sectorName: row.name, ...publicCounts(out[r]!) })),
    total: publicCounts(out[last]!),
  };
}

export const FUNNEL_STEPS = ['pupils', 'withApplication', 'placed', 'completed'] as const;
export type PublicFunnel = Record<(typeof FUNNEL_STEPS)[number], PublicCount>;

/**
 * The pupils' funnel per area (regions) and in total under the rule. Each step's column adds up to
 * the total; the steps of a line are nested (placed among those with an application), not a sum.
 */
export function publicFunnels(rows: PupilFunnel[], total: PupilFunnel): { rows: PublicFunnel[]; total: PublicFunnel } {
  const grid = [...rows, total].map((row) => FUNNEL_STEPS.map((step) => row[step]));
  const last = rows.length;
  const lines = FUNNEL_STEPS.map((_, c) => range(last + 1).map((r): Cell => [r, c]));
  const out = suppressSmallGroups(grid, lines, (r) => r === last);
  const funnel = (row: PublicCount[]) =>
    Object.fromEntries(FUNNEL_STEPS.map((step, c) => [step, row[c]!])) as PublicFunnel;
  return { rows: out.slice(0, last).map(funnel), total: funnel(out[last]!) };
}
