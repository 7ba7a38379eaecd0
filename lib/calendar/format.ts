import { toUtcMs, type IsoDate } from './weeks';

/*
 * Every date a user reads, in French and in France's time (Europe/Paris, or a school's overseas
 * zone): servers run in UTC and tests in Pacific/Noumea, so no formatting relies on the machine's
 * zone. Instants (Date) and calendar dates ('YYYY-MM-DD', see weeks.ts) are formatted apart: a
 * calendar date has no time zone and must never move by a day.
 */

const PARIS = 'Europe/Paris';
const NONE = '—';
type Style = 'long' | 'short';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat('fr-FR', options)));
  return cached;
}

/** "1er décembre 2026", as French writes the first of the month ("1 décembre" is an anglicism). */
function longDate(date: Date, timeZone: string, withTime = false): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone };
  const text = formatter(options)
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
  return withTime ? `${text} à ${formatter({ timeStyle: 'short', timeZone }).format(date)}` : text;
}

/** An instant's day: "3 décembre 2026" (long) or "03/12/2026" (short, for tables); "—" when there is none. */
export function formatDate(date: Date | null | undefined, style: Style = 'long'): string {
  if (!date) return NONE;
  return style === 'long' ? longDate(date, PARIS) : formatter({ dateStyle: 'short', timeZone: PARIS }).format(date);
}

/** An instant with its time: "3 décembre 2026 à 09:15" or "03/12/2026 09:15"; "—" when there is none. */
export function formatDateTime(date: Date | null | undefined, style: Style = 'long'): string {
  if (!date) return NONE;
  return style === 'long'
    ? longDate(date, PARIS, true)
    : formatter({ dateStyle: 'short', timeStyle: 'short', timeZone: PARIS }).format(date);
}

/**
 * A calendar date: "14 octobre 2019" or "14/10/2019". Placed at noon UTC, which is the same day in
 * every French time zone from Polynesia (UTC-10) to New Caledonia (UTC+11).
 */
export function formatDay(day: IsoDate, style: Style = 'long', timeZone = PARIS): string {
  const noon = new Date(toUtcMs(day) + 12 * 3600_000);
  return style === 'long' ? longDate(noon, timeZone) : formatter({ dateStyle: 'short', timeZone }).format(noon);
}

/** "semaine du 14 octobre 2019", "semaine du 1er juin 2020": an internship week by its Monday. */
export function formatWeek(monday: IsoDate, timeZone = PARIS): string {
  return `semaine du ${formatDay(monday, 'long', timeZone)}`;
}

/** "décembre 2026": the month of a calendar date. */
export function formatMonth(day: IsoDate): string {
  return formatter({ month: 'long', year: 'numeric', timeZone: PARIS }).format(new Date(toUtcMs(day) + 12 * 3600_000));
}
