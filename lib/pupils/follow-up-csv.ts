import { toCsv } from '@/lib/csv';
import { formatDate, formatDay } from '@/lib/calendar/format';
import { fileNameSlug } from '@/lib/text/fold';
import { ALERT_LABEL, BEST_STATE_LABELS, type FollowUpRow } from './follow-up-schemas';

/*
 * The follow-up as a CSV file for spreadsheet software as French schools use it (lib/csv.ts: `;`,
 * UTF-8 byte order mark, CRLF), dates as dd/mm/yyyy, in the order and with the filters of the page.
 */

const HEADERS = [
  'Classe',
  'Nom',
  'Prénom',
  'Autorisation parentale',
  'Candidatures envoyées',
  'État',
  'Semaine de stage (lundi)',
  'Structure d’accueil',
  ALERT_LABEL,
];

export function followUpCsv(rows: FollowUpRow[]): string {
  return toCsv([
    HEADERS,
    ...rows.map((row) => [
      row.className,
      row.lastName,
      row.firstName,
      row.consentAt ? `Reçue le ${formatDate(row.consentAt, 'short')}` : 'En attente',
      row.applications,
      BEST_STATE_LABELS[row.state],
      row.week ? formatDay(row.week, 'short') : '',
      row.host ?? '',
      row.alert ? 'Oui' : 'Non',
    ]),
  ]);
}

/** eleves-2026-11-28.csv, or eleves-3e-a-2026-11-28.csv for one class. */
export function followUpCsvFilename(today: string, className?: string): string {
  return `eleves-${className ? `${fileNameSlug(className, 'classe')}-` : ''}${today}.csv`;
}
