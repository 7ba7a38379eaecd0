import { holidayOfWeek, holidayWeekRefusal, type Holiday } from './holidays';
import { eachWeek, isIsoDate, isMonday, type IsoDate } from './weeks';
import { internshipWindow } from './school-year';

/*
 * The internship weeks a class or an offer may hold (circular, Annex 3: mid-October to the end of
 * April), shared by the pages (what to offer) and the mutations (what to accept).
 */

export const WEEK_REFUSALS = {
  invalid: 'Choisissez les semaines dans la liste proposée.',
  outsideWindow: 'Cette semaine est hors de la période des stages (mi-octobre à fin avril).',
  past: 'Cette semaine est commencée ou passée : choisissez une semaine à venir.',
} as const;

/**
 * Weeks a class or a host can still choose: the Mondays of the campaign's internship window that are after
 * today. The week in progress is excluded: a convention must be signed before the internship
 * starts, so a week that has begun can no longer be prepared.
 */
export function selectableWeeks(schoolYear: number, today: IsoDate): IsoDate[] {
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  return eachWeek(firstWeek, lastWeek).filter((monday) => monday > today);
}

/** Why this value cannot become an internship week of `schoolYear` (for a class or an offer), or null. */
export function weekRefusal(week: string, schoolYear: number, today: IsoDate): string | null {
  if (!isIsoDate(week) || !isMonday(week)) return WEEK_REFUSALS.invalid;
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  // 'YYYY-MM-DD' strings sort like the dates they name.
  if (week < firstWeek || week > lastWeek) return WEEK_REFUSALS.outsideWindow;
  if (week <= today) return WEEK_REFUSALS.past;
  return null;
}

/**
 * The internship weeks a class or an offer keeps after an edit. Weeks already past stay as they were (they
 * happened; the form cannot uncheck them), so a submitted past week is accepted only if it was
 * already recorded. Every new week must pass weekRefusal and, for a class, fall outside the holidays of
 * its school's zone (`holidays`; an offer's host does not know which zone its pupils come from).
 */
export function checkCampaignWeeks(
  submitted: readonly string[],
  {
    schoolYear,
    today,
    recorded,
    holidays = [],
  }: { schoolYear: number; today: IsoDate; recorded: readonly IsoDate[]; holidays?: readonly Holiday[] },
): { ok: true; weeks: IsoDate[] } | { ok: false; message: string } {
  const kept = recorded.filter((week) => week <= today);
  const chosen = new Set<IsoDate>();
  for (const week of new Set(submitted)) {
    if (kept.includes(week)) continue;
    const refusal = weekRefusal(week, schoolYear, today);
    if (refusal) return { ok: false, message: refusal };
    const holiday = holidayOfWeek(week, holidays);
    if (holiday) return { ok: false, message: holidayWeekRefusal(week, holiday) };
    chosen.add(week);
  }
  return { ok: true, weeks: [...kept, ...chosen].sort() };
}
