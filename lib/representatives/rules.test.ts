import { describe, expect, it } from 'vitest';
import { scopeLabel } from './rules';

describe('scopeLabel', () => {
  it('names each level the way referents say it', () => {
    expect(scopeLabel({ level: 'department', code: '93', name: 'Seine-Saint-Denis' })).toBe('Seine-Saint-Denis (93)');
    expect(scopeLabel({ level: 'department', code: '2A', name: 'Corse-du-Sud' })).toBe('Corse-du-Sud (2A)');
    expect(scopeLabel({ level: 'region', code: '11', name: 'Île-de-France' })).toBe('Île-de-France');
    expect(scopeLabel({ level: 'academy', code: '24', name: 'Créteil' })).toBe('Académie de Créteil');
    expect(scopeLabel({ level: 'academy', code: '02', name: 'Aix-Marseille' })).toBe('Académie d’Aix-Marseille');
    expect(scopeLabel({ level: 'ministry', code: 'x', name: 'Intérieur' })).toBe('Ministère : Intérieur');
    expect(scopeLabel({ level: 'national', code: null, name: null })).toBe('France entière');
  });

  it('falls back on the code when the name is unknown', () => {
    expect(scopeLabel({ level: 'department', code: '99', name: null })).toBe('Département 99');
  });
});
