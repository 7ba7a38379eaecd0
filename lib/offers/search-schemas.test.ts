import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchHref } from './search-schemas';

const SECTOR = '19ccd244-5fac-4ad9-8513-7488d0980f4c';

describe('search filters in the URL', () => {
  it('reads every filter and writes the same URL back, so a shared or reloaded search is the same search', () => {
    const href = `/offres?lieu=93200&mots=boulang%C3%A8re&secteur=${SECTOR}&distance=30&semaine=2026-12-14&statut=prive&format=collectif&page=2`;
    const query = parseSearchParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(query).toEqual({
      place: '93200',
      page: 2,
      filters: {
        q: 'boulangère',
        sectorId: SECTOR,
        distance: 30,
        week: '2026-12-14',
        kind: 'private',
        format: 'collective',
      },
    });
    expect(searchHref(query)).toBe(href);
  });

  it('drops what it cannot read rather than refusing the page', () => {
    expect(
      parseSearchParams({
        secteur: 'x',
        distance: '-3',
        semaine: '2026-12-15',
        statut: 'autre',
        format: '',
        page: 'abc',
      }),
    ).toEqual({ filters: {}, page: 1 });
    expect(parseSearchParams({ distance: 'france', mots: '  ' })).toEqual({ filters: { distance: 'france' }, page: 1 });
    expect(parseSearchParams({ distance: '999' }).filters).toEqual({});
  });

  it('keeps only the first value of a repeated parameter and cuts overlong words', () => {
    expect(parseSearchParams({ mots: ['a', 'b'], lieu: 'x'.repeat(300) })).toEqual({
      filters: { q: 'a' },
      page: 1,
      place: 'x'.repeat(100),
    });
  });

  it('writes the bare page for an empty search', () => {
    expect(searchHref({ filters: {} })).toBe('/offres');
  });
});
