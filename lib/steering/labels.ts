import { formatDateTime } from '@/lib/calendar/format';

/** « Chiffres du 6 décembre 2026 à 15 h 02 »: when a dashboard's figures were read, in Paris time. */
export function figuresTime(asOf: Date): string {
  return `Chiffres du ${formatDateTime(asOf).replace(/(\d{1,2}):(\d{2})$/, (_, h: string, m: string) => `${Number(h)} h ${m}`)}`;
}
