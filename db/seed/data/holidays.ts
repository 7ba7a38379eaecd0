import type { holidayPeriods } from '../../schema/geo';

/**
 * School holidays per zone and school year: internship weeks that fall in them are refused for a
 * class and flagged in the week pickers (lib/calendar/holidays.ts).
 *
 * Convention: `startsOn` is the first day without class (the day after classes stop) and `endsOn`
 * the last day without class (the day before they resume), both inclusive. The official calendar
 * prints "fin des cours samedi 19 octobre, reprise lundi 4 novembre"; we store 2019-10-19 ..
 * 2019-11-03.
 *
 * Only periods between September and May are kept, and the Ascension bridge is left out (it falls
 * after the internship window, lib/calendar/school-year.ts). Only whole calendars are seeded: a zone
 * with half its periods would show holiday weeks as free. Where no calendar was published when this
 * file was written, the zone has no row and the pages say the calendar is missing; the admin enters
 * it in the back-office (/admin/referentiel/vacances), and the seed never overwrites their rows.
 *
 * Sources, as published:
 * - 2019-2020, 2025-2026, zones A, B and C: arrêtés fixing the national school calendar.
 * - 2026-2027, zones A, B and C: the arrêté presented to the Conseil supérieur de l'éducation in
 *   September 2025 (Toussaint and Christmas common to all zones; winter and spring from zone C to B).
 * - 2025-2026, Corse, Martinique, La Réunion: each académie's calendar (La Réunion's austral
 *   calendar: breaks after each period, the long one in December-January).
 * - Not yet recorded here: 2027-2028 everywhere (not published), 2026-2027 for Corse and the overseas
 *   académies, and 2025-2026 for Guadeloupe, Guyane and Mayotte.
 */

type HolidayPeriodRow = Omit<typeof holidayPeriods.$inferInsert, 'id'>;

const TOUSSAINT = 'Vacances de la Toussaint';
const NOEL = 'Vacances de Noël';
const HIVER = "Vacances d'hiver";
const PRINTEMPS = 'Vacances de printemps';

const ZONES = ['A', 'B', 'C'] as const;

export const HOLIDAY_PERIODS = [
  // 2019-2020
  ...ZONES.flatMap((zone) => [
    { zone, schoolYear: 2019, name: TOUSSAINT, startsOn: '2019-10-19', endsOn: '2019-11-03' },
    { zone, schoolYear: 2019, name: NOEL, startsOn: '2019-12-21', endsOn: '2020-01-05' },
  ]),
  { zone: 'A', schoolYear: 2019, name: HIVER, startsOn: '2020-02-22', endsOn: '2020-03-08' },
  { zone: 'B', schoolYear: 2019, name: HIVER, startsOn: '2020-02-15', endsOn: '2020-03-01' },
  { zone: 'C', schoolYear: 2019, name: HIVER, startsOn: '2020-02-08', endsOn: '2020-02-23' },
  { zone: 'A', schoolYear: 2019, name: PRINTEMPS, startsOn: '2020-04-18', endsOn: '2020-05-03' },
  { zone: 'B', schoolYear: 2019, name: PRINTEMPS, startsOn: '2020-04-11', endsOn: '2020-04-26' },
  { zone: 'C', schoolYear: 2019, name: PRINTEMPS, startsOn: '2020-04-04', endsOn: '2020-04-19' },

  // 2025-2026
  ...(['A', 'B', 'C', 'corse', 'martinique'] as const).flatMap((zone) => [
    { zone, schoolYear: 2025, name: TOUSSAINT, startsOn: '2025-10-18', endsOn: '2025-11-02' },
    { zone, schoolYear: 2025, name: NOEL, startsOn: '2025-12-20', endsOn: '2026-01-04' },
  ]),
  { zone: 'A', schoolYear: 2025, name: HIVER, startsOn: '2026-02-07', endsOn: '2026-02-22' },
  { zone: 'B', schoolYear: 2025, name: HIVER, startsOn: '2026-02-14', endsOn: '2026-03-01' },
  { zone: 'C', schoolYear: 2025, name: HIVER, startsOn: '2026-02-21', endsOn: '2026-03-08' },
  { zone: 'corse', schoolYear: 2025, name: HIVER, startsOn: '2026-02-14', endsOn: '2026-03-01' },
  { zone: 'A', schoolYear: 2025, name: PRINTEMPS, startsOn: '2026-04-04', endsOn: '2026-04-19' },
  { zone: 'B', schoolYear: 2025, name: PRINTEMPS, startsOn: '2026-04-11', endsOn: '2026-04-26' },
  { zone: 'C', schoolYear: 2025, name: PRINTEMPS, startsOn: '2026-04-18', endsOn: '2026-05-03' },
  { zone: 'corse', schoolYear: 2025, name: PRINTEMPS, startsOn: '2026-04-11', endsOn: '2026-04-26' },
  { zone: 'martinique', schoolYear: 2025, name: 'Vacances de carnaval', startsOn: '2026-02-07', endsOn: '2026-02-22' },
  { zone: 'martinique', schoolYear: 2025, name: 'Vacances de Pâques', startsOn: '2026-03-28', endsOn: '2026-04-12' },
  {
    zone: 'reunion',
    schoolYear: 2025,
    name: 'Vacances de la 1re période',
    startsOn: '2025-10-11',
    endsOn: '2025-10-26',
  },
  {
    zone: 'reunion',
    schoolYear: 2025,
    name: "Vacances de l'été austral",
    startsOn: '2025-12-20',
    endsOn: '2026-01-20',
  },
  {
    zone: 'reunion',
    schoolYear: 2025,
    name: 'Vacances de la 3e période',
    startsOn: '2026-02-28',
    endsOn: '2026-03-15',
  },
  {
    zone: 'reunion',
    schoolYear: 2025,
    name: 'Vacances de la 4e période',
    startsOn: '2026-05-02',
    endsOn: '2026-05-17',
  },

  // 2026-2027
  ...ZONES.flatMap((zone) => [
    { zone, schoolYear: 2026, name: TOUSSAINT, startsOn: '2026-10-17', endsOn: '2026-11-01' },
    { zone, schoolYear: 2026, name: NOEL, startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ]),
  { zone: 'A', schoolYear: 2026, name: HIVER, startsOn: '2027-02-13', endsOn: '2027-02-28' },
  { zone: 'B', schoolYear: 2026, name: HIVER, startsOn: '2027-02-20', endsOn: '2027-03-07' },
  { zone: 'C', schoolYear: 2026, name: HIVER, startsOn: '2027-02-06', endsOn: '2027-02-21' },
  { zone: 'A', schoolYear: 2026, name: PRINTEMPS, startsOn: '2027-04-10', endsOn: '2027-04-25' },
  { zone: 'B', schoolYear: 2026, name: PRINTEMPS, startsOn: '2027-04-17', endsOn: '2027-05-02' },
  { zone: 'C', schoolYear: 2026, name: PRINTEMPS, startsOn: '2027-04-03', endsOn: '2027-04-18' },
] as const satisfies readonly HolidayPeriodRow[];
