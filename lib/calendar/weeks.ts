/**
 * ISO 8601 weeks on calendar dates written 'YYYY-MM-DD'.
 *
 * Internship weeks are stored as the date of their Monday (a `date` column), so every helper takes
 * and returns such strings. Arithmetic runs on UTC midnights: a calendar date has no time zone, and
 * going through local time would shift days on servers or test runners outside France (Vitest runs
 * in Pacific/Noumea on purpose). Formatting for people is in format.ts.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around 1 January. */
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 2019-02-30 and the like, which Date.UTC silently rolls over.
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 1 = Monday ... 7 = Sunday, as ISO 8601 numbers them. */
export function isoDayOfWeek(date: IsoDate): number {
  return ((new Date(toUtcMs(date)).getUTCDay() + 6) % 7) + 1;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** The Monday of the ISO week containing `date` (the value stored for an internship week). */
export function isoWeekMonday(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoDayOfWeek(date));
}

export function isMonday(date: IsoDate): boolean {
  return isoDayOfWeek(date) === 1;
}

/**
 * The ISO week of a date. The week belongs to the year of its Thursday, so 2021-01-03 (a Sunday)
 * is in 2020-W53 and 2019-12-30 (a Monday) is in 2020-W01.
 */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const thursday = new Date(toUtcMs(addDays(isoWeekMonday(date), 3)));
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** 53 for long ISO years (2015, 2020, 2026...), 52 otherwise: 28 December is always in the last week. */
export function isoWeeksInYear(year: number): 52 | 53 {
  return isoWeekOf(`${pad(year, 4)}-12-28`).week === 53 ? 53 : 52;
}

/** The Monday of week `week` of ISO year `year`. Throws a RangeError for a week the year lacks. */
export function mondayOfIsoWeek(year: number, week: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Année ISO invalide : ${year}`);
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year)) {
    throw new RangeError(`L'année ISO ${year} n'a pas de semaine ${week}.`);
  }
  // 4 January is always in week 1.
  return addWeeks(isoWeekMonday(`${pad(year, 4)}-01-04`), week - 1);
}

/**
 * Whole ISO weeks from the week of `from` to the week of `to`: 0 within the same week, negative
 * when `to` is earlier. Days inside the weeks do not matter (Sunday to next Monday is 1).
 */
export function weeksBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(isoWeekMonday(to)) - toUtcMs(isoWeekMonday(from))) / (7 * DAY_MS));
}

/** The Mondays from the week of `first` to the week of `last`, both included; empty if reversed. */
export function eachWeek(first: IsoDate, last: IsoDate): IsoDate[] {
  const start = isoWeekMonday(first);
  const count = weeksBetween(start, last) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addWeeks(start, index));
}

/** 'YYYY-Www' (2020-W53), the ISO notation, for logs, exports and the partner API. */
export function formatIsoWeek(date: IsoDate): string {
  const { year, week } = isoWeekOf(date);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/**
 * The Monday of an ISO week written 'YYYY-Www' (2026-W45), as the partner API sends weeks; null for
 * anything else, including a week its year lacks (2025-W53: 2025 has 52 weeks).
 */
export function parseIsoWeek(value: string): IsoDate | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, week] = [Number(match[1]), Number(match[2])];
  return year >= 1 && week >= 1 && week <= isoWeeksInYear(year) ? mondayOfIsoWeek(year, week) : null;
}

/** Throws a RangeError unless `value` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Date invalide (AAAA-MM-JJ attendu) : ${value}`);
}

/** Milliseconds at UTC midnight of a 'YYYY-MM-DD' date; throws on anything else. */
export function toUtcMs(date: IsoDate): number {
  assertIsoDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function fromUtcMs(ms: number): IsoDate {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

// en-CA formats as YYYY-MM-DD. Made once: building a formatter costs half a millisecond, and the
// search page asks for today on every request.
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in France, as 'YYYY-MM-DD'. Servers run in UTC: between midnight and 1 or 2 a.m.
 * in Paris, the UTC date is still yesterday's.
 */
export function todayInParis(now = new Date()): IsoDate {
  return PARIS_DAY.format(now);
}

/**
 * The instant midnight strikes in France on a 'YYYY-MM-DD' date (UTC+1 in winter, UTC+2 in
 * summer; the clocks change at 2 or 3 a.m., never at midnight).
 */
export function parisMidnight(date: IsoDate): Date {
  for (const hours of [2, 1]) {
    const candidate = new Date(toUtcMs(date) - hours * 3600_000);
    if (todayInParis(candidate) === date && todayInParis(new Date(candidate.getTime() - 1)) !== date) return candidate;
  }
  throw new Error(`No midnight in Paris on ${date}`);
}
