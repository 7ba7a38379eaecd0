import { plural } from '@/lib/text/words';

/** The schools whose weeks a host is shown: the default search radius of a school (DESIGN.md). */
export const DEMAND_RADIUS_KM = 60;

/** Annex 3: the pupil is present 7 hours a day at most, over 5 days. */
export const MAX_DAILY_MINUTES = 7 * 60;
export const SEATS_PER_WEEK_MAX = 200;
export const SEATS_PER_YEAR_MAX = 1000;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** '8 h 30', '7 h', '45 min': how a duration is said in French. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** Daily presence in minutes: arrival to departure, less the lunch break. */
export function dailyPresenceMinutes(hours: {
  dailyStart: string;
  dailyEnd: string;
  lunchBreakMinutes: number;
}): number {
  return minutesOf(hours.dailyEnd) - minutesOf(hours.dailyStart) - hours.lunchBreakMinutes;
}

/** Why these daily hours break Annex 3 (the database checks the same bounds), or null. */
export function hoursRefusal(hours: {
  dailyStart: string;
  dailyEnd: string;
  lunchBreakMinutes: number;
}): string | null {
  if (minutesOf(hours.dailyEnd) <= minutesOf(hours.dailyStart))
    return 'L’heure de départ doit être après l’heure d’arrivée.';
  const presence = dailyPresenceMinutes(hours);
  if (presence > MAX_DAILY_MINUTES)
    return `L’élève peut être présent 7 heures par jour au plus ; ces horaires font ${formatDuration(presence)} hors pause déjeuner. Avancez le départ ou allongez la pause.`;
  if (presence < 60) return 'Prévoyez au moins une heure de présence par jour, pause déjeuner déduite.';
  return null;
}

/** Why these seats cannot be offered, and on which field, or null. */
export function seatsRefusal({
  seatsPerWeek,
  seatsPerYear,
  weekCount,
}: {
  seatsPerWeek: number;
  seatsPerYear: number;
  weekCount: number;
}): { field: 'seatsPerWeek' | 'seatsPerYear'; message: string } | null {
  if (seatsPerWeek > seatsPerYear)
    return { field: 'seatsPerWeek', message: 'Les places par semaine ne peuvent pas dépasser les places sur l’année.' };
  if (seatsPerYear > seatsPerWeek * weekCount)
    return {
      field: 'seatsPerYear',
      message: `Avec ${plural(weekCount, 'semaine')} de ${plural(seatsPerWeek, 'place')}, vous accueillerez au plus ${plural(seatsPerWeek * weekCount, 'élève')} sur l’année : réduisez les places sur l’année ou ajoutez des semaines.`,
    };
  return null;
}

/**
 * Seats already held (accepted or confirmed applications) bound an edit: the seats per week cannot
 * drop below the busiest week, nor the seats for the year below the total.
 */
export function heldSeatsRefusal(
  { seatsPerWeek, seatsPerYear }: { seatsPerWeek: number; seatsPerYear: number },
  held: { busiestWeek: number; total: number },
): { field: 'seatsPerWeek' | 'seatsPerYear'; message: string } | null {
  if (seatsPerWeek < held.busiestWeek)
    return {
      field: 'seatsPerWeek',
      message: `${held.busiestWeek} élèves sont déjà acceptés sur une même semaine : gardez au moins ${held.busiestWeek} places par semaine.`,
    };
  if (seatsPerYear < held.total)
    return {
      field: 'seatsPerYear',
      message: `${held.total} élèves sont déjà acceptés : gardez au moins ${held.total} places sur l’année.`,
    };
  return null;
}

/** Seats per week: 1 is an individual internship, more a collective one (several pupils the same week). */
export function isCollective(offer: { seatsPerWeek: number }): boolean {
  return offer.seatsPerWeek > 1;
}
