import { describe, expect, it } from 'vitest';
import { nationalSearchOpensOn, nationalSearchRefusal, searchRadiusOptions } from './search-settings-rules';

describe('opening national search', () => {
  it('is allowed from 25 September of the school year in progress', () => {
    expect(nationalSearchOpensOn('2026-09-01')).toBe('2026-09-25');
    expect(nationalSearchRefusal('2026-09-24')).toBe(
      'La recherche nationale peut être ouverte à partir du 25 septembre 2026 : jusque-là, les élèves cherchent dans le rayon choisi autour du collège.',
    );
    expect(nationalSearchRefusal('2026-09-25')).toBeNull();
    expect(nationalSearchRefusal('2026-12-03')).toBeNull();
  });

  it('stays allowed until the end of the school year, then waits for next September', () => {
    expect(nationalSearchOpensOn('2027-05-31')).toBe('2026-09-25');
    expect(nationalSearchRefusal('2027-05-31')).toBeNull();
    // From June, the upcoming school year is being prepared: its own 25 September.
    expect(nationalSearchOpensOn('2027-06-15')).toBe('2027-09-25');
    expect(nationalSearchRefusal('2027-06-15')).toMatch(/à partir du 25 septembre 2027/);
  });
});

describe('the search radius', () => {
  it('is chosen from the usual radii, the default marked, the current one always listed', () => {
    expect(searchRadiusOptions(60).map((o) => o.label)).toEqual([
      '10 km',
      '20 km',
      '30 km',
      '40 km',
      '60 km (par défaut)',
      '80 km',
      '100 km',
      '150 km',
      '200 km',
    ]);
    expect(searchRadiusOptions(45).map((o) => o.value)).toContain('45');
    expect(
      searchRadiusOptions(45)
        .map((o) => o.value)
        .indexOf('45'),
    ).toBe(4);
  });
});
