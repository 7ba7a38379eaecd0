import { describe, expect, it } from 'vitest';
import { NO_GENDER, type SectorGenderTable } from './rules';
import {
  FEWER_THAN_10,
  OTHER_SECTORS,
  publicFunnels,
  publicSectorGender,
  suppressSmallGroups,
  WITHHELD,
} from './small-groups';

const F = FEWER_THAN_10;
const W = WITHHELD;

describe('the small-group rule', () => {
  it('hides a second cell of each line that has one hidden, never leaving a line with exactly one', () => {
    // Rows: a = 20 + 3 = 23, b = 15 + 30 = 45; totals 35 + 33 = 68.
    const grid = [
      [20, 3, 23],
      [15, 30, 45],
      [35, 33, 68],
    ];
    const lines: [number, number][][] = [0, 1, 2].flatMap((i) => [
      [0, 1, 2].map((j): [number, number] => [i, j]),
      [0, 1, 2].map((j): [number, number] => [j, i]),
    ]);
    const out = suppressSmallGroups(grid, lines, (r, c) => r === 2 || c === 2);
    // 3 is below 10; then 20 (its row's other detail), 30 (its column's), 15 (the second column's).
    expect(out).toEqual([
      [W, F, 23],
      [W, W, 45],
      [35, 33, 68],
    ]);
    for (const line of lines) expect(line.filter(([r, c]) => typeof out[r]![c] === 'string').length).not.toBe(1);
  });

  it('merges small sectors into « Autres secteurs » and hides what could be subtracted', () => {
    const row = (sectorName: string, girl: number, boy: number, notStated: number) => ({
      sectorId: sectorName,
      sectorName,
      girl,
      boy,
      notStated,
      total: girl + boy + notStated,
    });
    const bySector = [
      row('Agriculture', 12, 14, 0),
      row('Commerce', 3, 2, 1),
      row('Santé', 2, 1, 0),
      row('Transport', 10, 11, 0),
    ];
    const total = bySector.reduce(
      (sum, r) => ({
        girl: sum.girl + r.girl,
        boy: sum.boy + r.boy,
        notStated: sum.notStated + r.notStated,
        total: sum.total + r.total,
      }),
      { ...NO_GENDER },
    );
    const table: SectorGenderTable = { bySector, total }; // girls 27, boys 28, not stated 1: 56
    const out = publicSectorGender(table);
    expect(out.bySector.map((r) => r.sectorName)).toEqual(['Agriculture', 'Transport', OTHER_SECTORS]);
    // Below 10: not stated everywhere (0, 0, 1; total 1); Others (5 girls, 3 boys, 1: 9).
    expect(out.bySector[2]).toEqual({ sectorName: OTHER_SECTORS, girl: F, boy: F, notStated: F, total: F });
    // The totals line would give not stated = 56 - 27 - 28: the girls' total (smaller) goes too.
    expect(out.total).toEqual({ girl: W, boy: 28, notStated: F, total: 56 });
    // Then no line (sector, totals, gender column) is left with exactly one hidden count.
    const grid = [...out.bySector, out.total].map((r) => [r.girl, r.boy, r.notStated, r.total]);
    const hiddenIn = (cells: unknown[]) => cells.filter((cell) => typeof cell === 'string').length;
    for (const line of grid) expect(hiddenIn(line)).not.toBe(1);
    for (const c of [0, 1, 2, 3]) expect(hiddenIn(grid.map((line) => line[c]))).not.toBe(1);
    expect(out.bySector[0]!.total).toBe(26);
  });

  it('hides the regions’ small counts and one more in each column', () => {
    const funnel = (pupils: number, withApplication: number, placed: number, completed: number) => ({
      pupils,
      authorised: pupils,
      withApplication,
      placed,
      completed,
    });
    const out = publicFunnels(
      [funnel(40, 30, 20, 5), funnel(50, 25, 12, 11), funnel(3, 2, 1, 0)],
      funnel(93, 57, 33, 16),
    );
    expect(out.rows).toEqual([
      // Each column's one small count (3, 2, 1) takes its smallest other count along (40, 25, 12);
      // the completed column has two already (5, 0).
      { pupils: W, withApplication: 30, placed: 20, completed: F },
      { pupils: 50, withApplication: W, placed: W, completed: 11 },
      { pupils: F, withApplication: F, placed: F, completed: F },
    ]);
    expect(out.total).toEqual({ pupils: 93, withApplication: 57, placed: 33, completed: 16 });
  });
});
