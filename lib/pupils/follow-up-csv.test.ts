import { describe, expect, it } from 'vitest';
import { followUpCsv, followUpCsvFilename } from './follow-up-csv';
import type { FollowUpRow } from './follow-up-schemas';

const row: FollowUpRow = {
  id: 'd0000000-0000-4000-8000-000000000021',
  firstName: 'Inès',
  lastName: 'Benali',
  classId: 'd0000000-0000-4000-8000-000000000201',
  className: '3e A',
  // 23:30 UTC on the 28th is already the 29th in Paris.
  consentAt: new Date('2026-11-28T23:30:00Z'),
  applications: 4,
  state: 'confirmed',
  week: '2027-01-11',
  host: 'Horizon Logistique; Plaine Commune',
  alert: false,
};

describe('follow-up CSV', () => {
  it('opens in French spreadsheet software: BOM, `;`, CRLF, French headers, labels and dates', () => {
    const csv = followUpCsv([
      row,
      {
        ...row,
        firstName: 'Yanis',
        consentAt: null,
        applications: 0,
        state: 'none',
        week: null,
        host: null,
        alert: true,
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Classe;Nom;Prénom;Autorisation parentale;Candidatures envoyées;État;Semaine de stage (lundi);Structure d’accueil;Aucune candidature à moins de 3 semaines du stage',
      '3e A;Benali;Inès;Reçue le 29/11/2026;4;Stage confirmé;11/01/2027;"Horizon Logistique; Plaine Commune";Non',
      '3e A;Benali;Yanis;En attente;0;Aucune candidature en cours;;;Oui',
      '',
    ]);
  });

  it('never lets a name run as a spreadsheet formula', () => {
    const cell = followUpCsv([{ ...row, lastName: '=HYPERLINK("http://x")' }])
      .split('\r\n')[1]!
      .split(';')[1]!;
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('names the file after the day, and the class when there is one', () => {
    expect(followUpCsvFilename('2026-11-28')).toBe('eleves-2026-11-28.csv');
    expect(followUpCsvFilename('2026-11-28', '3e Hélène')).toBe('eleves-3e-helene-2026-11-28.csv');
  });
});
