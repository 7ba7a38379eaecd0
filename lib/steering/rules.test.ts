import { describe, expect, it } from 'vitest';
import { childLevel, fillRate, gapOf } from './rules';
import { parseSteeringParams, steeringParams } from './schemas';

describe('gapOf', () => {
  it('actual less target, in percent of the target to one decimal', () => {
    expect(gapOf(11, 61)).toEqual({ actual: 11, target: 61, gap: -50, gapPercent: -82 }); // -81.97 %
    expect(gapOf(8, 31).gapPercent).toBe(-74.2); // -23 / 31 = -74.19 %
    expect(gapOf(12, 10)).toMatchObject({ gap: 2, gapPercent: 20 });
    expect(gapOf(3, 0)).toMatchObject({ gap: 3, gapPercent: null });
  });
});

describe('fillRate and the drill-down', () => {
  it('no rate without seats; national → region → department → school → class', () => {
    expect(fillRate(0, 0)).toBeNull();
    expect(fillRate(2, 5)).toBe(0.4);
    expect(
      ['national', 'region', 'academy', 'department', 'school', 'ministry'].map((l) => childLevel(l as never)),
    ).toEqual(['region', 'department', 'department', 'school', 'class', null]);
  });
});

describe('parseSteeringParams', () => {
  const today = '2026-11-20';
  it('reads the campaign and filters, drops the rest', () => {
    const sector = '19ccd244-5fac-4ad9-8513-7488d0980f4c';
    const query = parseSteeringParams({ annee: '2025', secteur: sector, statut: 'prive', reseau: 'rep-plus' }, today);
    expect(query).toEqual({ schoolYear: 2025, filters: { sectorId: sector, kind: 'private', network: 'rep_plus' } });
    expect(steeringParams(query)).toEqual({ annee: '2025', secteur: sector, statut: 'prive', reseau: 'rep-plus' });
    expect(
      parseSteeringParams({ annee: '1990', secteur: 'x', statut: 'constructor', reseau: ['rep', 'rep-plus'] }, today),
    ).toEqual({
      schoolYear: 2026,
      filters: { sectorId: null, kind: null, network: 'rep' },
    });
  });
});
