import type { DashboardRow } from './dashboard-schemas';
import { toCsv } from '@/lib/csv';
import { OFFER_STATUS_LABELS } from './labels';
import { formatDate, formatDay } from '@/lib/calendar/format';

/*
 * The dashboard as a CSV file for spreadsheet software as French hosts use it: `;` separators
 * (commas are decimal marks here), a UTF-8 byte order mark so Excel reads the accents, CRLF line
 * ends, dates as dd/mm/yyyy.
 */

const HEADERS = [
  'Titre',
  'Structure d’accueil',
  'Statut',
  'Prochaine semaine (lundi)',
  'Semaines à venir',
  'Places prises',
  'Places sur l’année',
  'Places par semaine',
  'Candidatures à traiter',
  'Réservée à des collèges',
  'Hors des résultats de recherche',
  'Dernière modification',
];

export function offersCsv(rows: DashboardRow[]): string {
  return toCsv([
    HEADERS,
    ...rows.map((row) => [
      row.title,
      row.organisationName,
      OFFER_STATUS_LABELS[row.status],
      row.nextWeek ? formatDay(row.nextWeek, 'short') : '',
      row.weeks,
      row.seatsHeld,
      row.seatsPerYear,
      row.seatsPerWeek,
      row.toAnswer,
      row.isReserved ? 'Oui' : 'Non',
      row.outOfSearch ?? '',
      formatDate(row.updatedAt, 'short'),
    ]),
  ]);
}

/** offres-2026-11-28.csv */
export function offersCsvFilename(today: string): string {
  return `offres-${today}.csv`;
}
