import { assertIsoDate, type IsoDate, isoWeekMonday } from './weeks';

/**
 * School years and the internship window, on 'YYYY-MM-DD' dates (see weeks.ts for why strings).
 *
 * A school year is named by its first calendar year (2019 for 2019-2020) and, for this platform,
 * runs from 1 September to 31 May: the circular's campaign ends with May, before the brevet and
 * the end-of-year councils, so nothing of ours happens in June.
 */

export interface SchoolYearBounds {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export interface InternshipWindow {
  /** Monday of the first week an offer may propose. */
  firstWeek: IsoDate;
  /** Monday of the last week an offer may propose. */
  lastWeek: IsoDate;
}

/**
 * The school year a date belongs to, or null from 1 June to 31 August.
 *
 * Why null rather than the upcoming year: a summer date is in no campaign, and silently attaching
 * it to the next one would let a July week count as an internship week or a June application
 * count in next year's statistics. Callers that need a campaign to prepare during the summer say
 * so explicitly with currentOrUpcomingSchoolYear.
 */
export function schoolYearOf(date: IsoDate): number | null {
  const { year, month } = parts(date);
  if (month >= 9) return year;
  if (month <= 5) return year - 1;
  return null;
}

/** The school year in progress, or during the summer the one starting on 1 September. */
export function currentOrUpcomingSchoolYear(date: IsoDate): number {
  return schoolYearOf(date) ?? parts(date).year;
}

/**
 * The school year of an internship week: that of its Monday. The week of Monday 31 May 2021 runs
 * into June yet belongs to 2020-2021; the week of Monday 31 August 2020 is in no school year even
 * though it contains 1 September (no internship happens in the first week back anyway).
 */
export function schoolYearOfWeek(date: IsoDate): number | null {
  return schoolYearOf(isoWeekMonday(date));
}

/** 2019 -> '2019-2020', the label printed on campaigns and dashboards. */
export function schoolYearLabel(schoolYear: number): string {
  assertYear(schoolYear);
  return `${schoolYear}-${schoolYear + 1}`;
}

export function schoolYearBounds(schoolYear: number): SchoolYearBounds {
  assertYear(schoolYear);
  return { startsOn: `${schoolYear}-09-01`, endsOn: `${schoolYear + 1}-05-31` };
}

/**
 * The weeks offers may propose: from mid-October to the end of April.
 *
 * - First week: the ISO week containing 15 October (its Monday falls between 9 and 15 October).
 *   Pupils need September and early October to settle in, choose and apply; taking the week that
 *   contains the 15th rather than the first Monday after it keeps a school week before the
 *   Toussaint break (in 2019 the week of 14 October, whereas 21 October was already a holiday).
 * - Last week: the last week whose Monday is in April, i.e. the week containing 30 April (its
 *   Monday falls between 24 and 30 April). May is left for the end-of-year school work; the
 *   campaign itself, with its statistics, still runs to 31 May.
 *
 * Holidays inside the window are not removed here: they depend on the school's zone (see the
 * holiday_periods table).
 */
export function internshipWindow(schoolYear: number): InternshipWindow {
  assertYear(schoolYear);
  return {
    firstWeek: isoWeekMonday(`${schoolYear}-10-15`),
    lastWeek: isoWeekMonday(`${schoolYear + 1}-04-30`),
  };
}

/** Whether the week of `date` lies in the internship window of `schoolYear`. */
export function isInInternshipWindow(date: IsoDate, schoolYear: number): boolean {
  const monday = isoWeekMonday(date);
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  // 'YYYY-MM-DD' strings of four-digit years sort like the dates they name.
  return monday >= firstWeek && monday <= lastWeek;
}

function parts(date: IsoDate): { year: number; month: number } {
  assertIsoDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

function assertYear(schoolYear: number): void {
  if (!Number.isInteger(schoolYear) || schoolYear < 1000 || schoolYear > 9998) {
    throw new RangeError(`Année scolaire invalide : ${schoolYear}`);
  }
}
