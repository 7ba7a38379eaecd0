import { describe, expect, it } from 'vitest';
import { offersCsv, offersCsvFilename } from './dashboard-csv';
import type { DashboardRow } from './dashboard-schemas';

const row: DashboardRow = {
  id: 'd0000000-0000-4000-8000-000000000401',
  title: 'Découvrir les métiers de la logistique urbaine',
  status: 'published',
  organisationName: 'Horizon Logistique Plaine Commune',
  weeks: 4,
  nextWeek: '2026-12-14',
  seatsHeld: 2,
  seatsPerYear: 6,
  seatsPerWeek: 2,
  toAnswer: 0,
  isReserved: false,
  // 23:30 UTC on the 28th is already the 29th in Paris.
  updatedAt: new Date('2026-11-28T23:30:00Z'),
  outOfSearch: null,
  moderationReason: null,
};

describe('offers CSV', () => {
  it('opens in French spreadsheet software: BOM, `;`, CRLF, French headers and dates', () => {
    const csv = offersCsv([
      row,
      {
        ...row,
        status: 'unpublished',
        nextWeek: null,
        weeks: 0,
        isReserved: true,
        outOfSearch: 'Aucune semaine à venir.',
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(
      'Titre;Structure d’accueil;Statut;Prochaine semaine (lundi);Semaines à venir;Places prises;Places sur l’année;Places par semaine;Candidatures à traiter;Réservée à des collèges;Hors des résultats de recherche;Dernière modification',
    );
    expect(lines[1]).toBe(
      'Découvrir les métiers de la logistique urbaine;Horizon Logistique Plaine Commune;Publiée;14/12/2026;4;2;6;2;0;Non;;29/11/2026',
    );
    expect(lines[2]).toBe(
      'Découvrir les métiers de la logistique urbaine;Horizon Logistique Plaine Commune;Dépubliée;;0;2;6;2;0;Oui;Aucune semaine à venir.;29/11/2026',
    );
  });

  it('never lets a title run as a spreadsheet formula', () => {
    for (const title of ['=HYPERLINK("http://x";"clic")', '+33 1 23', '-2+3', '@SUM(A1)', '\t=1']) {
      const cell = offersCsv([{ ...row, title }])
        .split('\r\n')[1]!
        .split(';')[0]!;
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
  });

  it('names the file after the day', () => {
    expect(offersCsvFilename('2026-11-28')).toBe('offres-2026-11-28.csv');
  });
});
