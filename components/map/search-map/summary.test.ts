import { describe, expect, it } from 'vitest';
import { mapSummary } from './summary';

describe('mapSummary', () => {
  it('says how many offers of how many, around where, and where else to find them', () => {
    expect(mapSummary({ shown: 20, total: 1312, centre: 'Collège Henri Barbusse', radiusKm: 60 })).toBe(
      'Carte des 20 offres de cette page sur 1\u202f312, autour de Collège Henri Barbusse, rayon 60 km. La liste des résultats contient les mêmes offres.',
    );
  });

  it('does not speak of pages when every offer is on the map', () => {
    expect(mapSummary({ shown: 3, total: 3, centre: '93200 Saint-Denis', radiusKm: 10 })).toBe(
      'Carte des 3 offres, autour de 93200 Saint-Denis, rayon 10 km. La liste des résultats contient les mêmes offres.',
    );
  });

  it('speaks of a single offer in the singular', () => {
    expect(mapSummary({ shown: 1, total: 1, centre: null, radiusKm: null })).toBe(
      'Carte de l’offre trouvée. La liste des résultats contient la même offre.',
    );
    expect(mapSummary({ shown: 1, total: 21, centre: null, radiusKm: null })).toBe(
      'Carte de l’offre de cette page sur 21. La liste des résultats contient la même offre.',
    );
  });

  it('leaves out the circle of a national search', () => {
    expect(mapSummary({ shown: 2, total: 2, centre: 'Collège Henri Barbusse', radiusKm: null })).toBe(
      'Carte des 2 offres, autour de Collège Henri Barbusse. La liste des résultats contient les mêmes offres.',
    );
  });

  it('describes the empty search area', () => {
    expect(mapSummary({ shown: 0, total: 0, centre: 'Collège Henri Barbusse', radiusKm: 60 })).toBe(
      'Carte de la zone de recherche, autour de Collège Henri Barbusse, rayon 60 km : aucune offre à y placer.',
    );
  });
});
