import { formatWeek } from './format';
import { lowerFirst } from '@/lib/text/words';
import { addDays, addWeeks, type IsoDate } from './weeks';

/*
 * School holidays against internship weeks (technical note, III.2: no internship week in a zone's
 * holidays, and the week just before a holiday is best avoided). Pure and client-safe: the pages
 * and the mutations read the periods of the school's zone (holiday-queries.ts) and ask here.
 *
 * A period runs from its first day without class to its last one, both inclusive (the Saturday
 * after classes stop to the Sunday before they resume: see db/seed/data/holidays.ts). A week is
 * its Monday to Friday, the days a pupil would spend at the host.
 */

export interface Holiday {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/** The holiday period the week of `monday` overlaps (one school day is enough), or null. */
export function holidayOfWeek(monday: IsoDate, holidays: readonly Holiday[]): Holiday | null {
  const friday = addDays(monday, 4);
  // 'YYYY-MM-DD' strings sort like the dates they name.
  return holidays.find((holiday) => holiday.startsOn <= friday && holiday.endsOn >= monday) ?? null;
}

/**
 * The holiday that begins right after the week of `monday` (the next week is in it, this one is
 * not), or null: the last school week before a break, which the technical note asks to avoid, since
 * a pupil placed then misses the class's last days and hosts slow down before the holidays.
 */
export function holidayAfterWeek(monday: IsoDate, holidays: readonly Holiday[]): Holiday | null {
  if (holidayOfWeek(monday, holidays)) return null;
  return holidayOfWeek(addWeeks(monday, 1), holidays);
}

/** Why a class cannot take its internship in the week of `monday`: "La semaine du 21 décembre 2026 tombe pendant…". */
export function holidayWeekRefusal(monday: IsoDate, holiday: Holiday): string {
  const week = formatWeek(monday);
  return `La ${week} tombe pendant les ${lowerFirst(holiday.name)} de votre collège : choisissez une semaine de classe.`;
}
