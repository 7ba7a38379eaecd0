import { beforeAll, describe, expect, it } from 'vitest';
import { findPlaces, resolvePlace } from './places';

const labels = async (q: string, limit?: number) => (await findPlaces(q, limit)).map((place) => place.label);

// The commune list is indexed once, on first use.
beforeAll(() => findPlaces('paris'));

describe('finding the commune a visitor types', () => {
  it('gives a label with the postcode, the INSEE code and the commune centre', async () => {
    const [bobigny] = await findPlaces('Bobig');
    expect(bobigny).toMatchObject({ label: 'Bobigny (93000)', postcode: '93000', communeCode: '93008' });
    expect(bobigny!.lat).toBeCloseTo(48.9, 1);
    expect(bobigny!.lng).toBeCloseTo(2.44, 1);
  });

  it('ignores accents, case, hyphens and "St"; the most populated of the same name first', async () => {
    expect(await labels('st denis', 2)).toEqual(['Saint-Denis (97400)', 'Saint-Denis (93200)']);
    expect(await labels('SAINT-DENIS', 2)).toEqual(await labels('saint denis', 2));
    expect((await labels('evry'))[0]).toBe('Évry (89140)');
    expect(await labels('évry-cour')).toEqual(['Évry-Courcouronnes (91000)']);
  });

  it('proposes the exact name, then names starting with it, then a word of a name, then anywhere in a name', async () => {
    const found = await labels('denis', 10);
    // No commune is named "Denis": the words of names come first, then names containing it.
    expect(found.slice(0, 2)).toEqual(['Saint-Denis (97400)', 'Saint-Denis (93200)']);
    expect(found).toContain("L'Île-Saint-Denis (93450)");
    expect(await labels('ubervilli')).toEqual(['Aubervilliers (93300)']);
  });

  it('finds the communes of the postcodes starting with what is typed', async () => {
    const found = await findPlaces('932', 10);
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((place) => place.postcode.startsWith('932'))).toBe(true);
    expect(found[0]!.label).toBe('Saint-Denis (93200)');
    expect(await findPlaces('93', 10)).toHaveLength(10);
    expect(await labels('13003')).toEqual(['Marseille (13003)']);
    expect(await labels('93200 saint')).toEqual(['Saint-Denis (93200)']);
  });

  it('proposes each arrondissement of Marseille with its postcode', async () => {
    const found = await labels('marseille', 16);
    expect(found).toHaveLength(16);
    expect(found.every((label) => /^Marseille \(130\d\d\)$/.test(label))).toBe(true);
  });

  it('proposes nothing for one letter or an unknown name, and at most the limit', async () => {
    expect(await findPlaces('a')).toEqual([]);
    expect(await findPlaces('  ')).toEqual([]);
    expect(await findPlaces('xyzzy')).toEqual([]);
    expect(await findPlaces('saint')).toHaveLength(10);
  });

  it('answers in a few milliseconds once the index is built', async () => {
    const start = performance.now();
    for (const q of ['saint', 'ville', '93', 'marseille', 'lyon 3e']) await findPlaces(q);
    expect(performance.now() - start).toBeLessThan(250);
  });
});

describe('resolving a submitted text to one commune', () => {
  it('reads back a chosen label, a postcode or a name', async () => {
    expect(await resolvePlace('Saint-Denis (93200)')).toMatchObject({ communeCode: '93066', postcode: '93200' });
    expect(await resolvePlace(' Saint-Denis (97400) ')).toMatchObject({ communeCode: '97411' });
    expect(await resolvePlace('93200')).toMatchObject({ label: 'Saint-Denis (93200)' });
    expect(await resolvePlace('13015')).toMatchObject({ label: 'Marseille (13015)', communeCode: '13215' });
    expect(await resolvePlace('bobigny')).toMatchObject({ label: 'Bobigny (93000)' });
    expect(await resolvePlace('Saint-Denis 93200')).toMatchObject({ label: 'Saint-Denis (93200)' });
  });

  it('is null when nothing matches', async () => {
    expect(await resolvePlace('')).toBeNull();
    expect(await resolvePlace('99999')).toBeNull();
    expect(await resolvePlace('Bobigny (93200)')).toBeNull();
    expect(await resolvePlace('xyzzy')).toBeNull();
  });
});
