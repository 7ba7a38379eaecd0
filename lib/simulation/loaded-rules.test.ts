import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@/lib/steering/rules';
import { simulationFile, simulationResult } from '@/lib/testing/simulation';
import { comparisonTable, liveReference, readSimulationFile, sliceResult } from './loaded-rules';

const IDF_DEPARTMENTS = ['75', '77', '78', '91', '92', '93', '94', '95'];

describe('reading a result file', () => {
  it('reads the simulator’s file, with or without a byte order mark', () => {
    expect(readSimulationFile(simulationFile())).toEqual({ ok: true, data: simulationResult() });
    expect(readSimulationFile(`\uFEFF${simulationFile()}`).ok).toBe(true);
  });

  it('refuses what is not JSON, on the file field', () => {
    const refused = readSimulationFile('seed;scale\n42;0.1');
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!refused.ok && refused.fieldErrors?.file?.[0]).toMatch(/^Ce fichier n’est pas du JSON lisible/);
  });

  it('names the first problem of a file of another format, where and what, in French', () => {
    const result = simulationResult();
    (result.scenarios.b.departments['93'] as Record<string, unknown>).seatsFilled = 'beaucoup';
    const refused = readSimulationFile(JSON.stringify(result));
    expect(!refused.ok && refused.message).toBe(
      'Ce fichier n’est pas un résultat de simulation au format attendu. Premier problème, ' +
        '« scenarios.b.departments.93.seatsFilled » : Entrée invalide : nombre attendu, chaîne de caractères reçu.',
    );
    const other = readSimulationFile(JSON.stringify({ ...simulationResult(), version: 2 }));
    expect(!other.ok && other.message).toMatch(/« version » : Entrée invalide : 1 attendu\.$/);
    const list = readSimulationFile('[]');
    expect(!list.ok && list.message).toMatch(/Premier problème, le fichier entier : .*objet attendu/);
  });
});

describe('a dashboard’s slice', () => {
  const result = simulationResult();

  it('France: the national figures; a department: its own, median included', () => {
    expect(sliceResult(result, { level: 'national' })).toEqual({
      a: result.scenarios.a.national,
      b: result.scenarios.b.national,
    });
  });

  it('a region adds up the departments the file has; its median is not a sum', () => {
    expect(sliceResult(result, { level: 'departments', codes: IDF_DEPARTMENTS }).a).toEqual({
      seatsOffered: 4_000, // 2 000 + 1 200 + 800 (75, 93, 94; the five others are not in the file)
      seatsFilled: 1_600, // 900 + 400 + 300
      pupils: 3_000, // 600 + 1 500 + 900
      pupilsPlaced: 1_220, // 550 + 380 + 290
      pupilsWithoutPlacementWithin60Km: 1_370, // 20 + 900 + 450
      medianDistanceKm: null,
    });
  });

  it('a territory the file knows nothing of has no slice; a region of one department keeps its median', () => {
    expect(sliceResult(result, { level: 'departments', codes: ['971'] })).toEqual({ a: null, b: null });
    expect(sliceResult(result, { level: 'departments', codes: ['13'] }).b?.medianDistanceKm).toBe(9.2);
  });
});

describe('the comparison table', () => {
  const slice = sliceResult(simulationResult(), { level: 'departments', codes: ['93'] }) as Parameters<
    typeof comparisonTable
  >[0];
  const live = { campaignLabel: '2026-2027', seatsOffered: 300, seatsFilled: 120, pupils: 250, pupilsPlaced: 100 };

  it('sets scenario a, b, their gap and the live reference side by side', () => {
    const table = comparisonTable(slice, 'Seine-Saint-Denis (93)', live);
    expect(table.caption).toBe('Campagne simulée, Seine-Saint-Denis (93) : les deux scénarios et la campagne en cours');
    expect(table.head).toEqual([
      'Indicateur',
      'Scénario A : Sans coordination',
      'Scénario B : Semaines suggérées',
      'Écart B − A',
      'Campagne 2026-2027 (référence)',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Places offertes', 1_200, 1_200, 0, 300],
      ['Places pourvues', 400, 700, 300, 120],
      ['Part pourvue (%)', 33.3, 58.3, 25, 40], // 400 / 1 200, 700 / 1 200, 120 / 300
      ['Élèves', 1_500, 1_500, 0, 250],
      ['Élèves placés', 380, 650, 270, 100],
      ['Élèves sans stage à moins de 60 km', 900, 600, -300, null],
      ['Distance médiane (km)', 8.2, 6.5, -1.7, null],
    ]);
  });

  it('without the live figures, the two scenarios and their gap only', () => {
    const table = comparisonTable(slice, 'France entière', null);
    expect(table.head).toHaveLength(4);
    expect(table.rows.every((row) => row.cells.length === 4)).toBe(true);
  });

  it('takes the live figures from the dashboard only when no filter narrows them', () => {
    const seats = { seatsOffered: 300, seatsFilled: 120, fillRate: 0.4 };
    const areas = {
      rows: [],
      total: { pupils: 400, authorised: 250, withApplication: 200, placed: 100, completed: 3, seats },
    };
    expect(liveReference({ areas, query: { schoolYear: 2026, filters: NO_FILTERS } })).toEqual(live);
    expect(
      liveReference({ areas, query: { schoolYear: 2026, filters: { ...NO_FILTERS, network: 'rep' } } }),
    ).toBeNull();
    expect(liveReference({ areas: null, query: { schoolYear: 2026, filters: NO_FILTERS } })).toBeNull();
  });
});
