import type { holidayPeriods } from '../../schema/geo';

/**
 * School holidays of the 2019-2020 school year, as published by the Ministry of Education, for the
 * metropolitan zones A, B and C: internship weeks that fall in them are refused or flagged.
 *
 * Convention: `startsOn` is the first day without class (the Saturday after classes stop) and
 * `endsOn` is the last day without class (the Sunday before classes resume), both inclusive. The
 * official calendar prints "fin des cours samedi 19 octobre, reprise lundi 4 novembre"; we store
 * 2019-10-19 .. 2019-11-03. A Monday-dated internship week therefore collides with a period when
 * its Monday..Friday overlaps [startsOn, endsOn].
 *
 * Only periods we are sure of are seeded: the four holidays that fall inside the campaign
 * (September -> May) for zones A, B and C. The Ascension bridge (May) is left out: it falls after
 * the internship window (lib/calendar/school-year.ts). Corsica and the overseas académies set
 * their own calendars, and later school years are published each year: admins maintain those in
 * the back-office (the seed never overwrites their rows).
 */

type HolidayPeriodRow = Omit<typeof holidayPeriods.$inferInsert, 'id'>;

export const HOLIDAY_PERIODS = [
  ...(['A', 'B', 'C'] as const).flatMap((zone) => [
    { zone, schoolYear: 2019, name: 'Vacances de la Toussaint', startsOn: '2019-10-19', endsOn: '2019-11-03' },
    { zone, schoolYear: 2019, name: 'Vacances de Noël', startsOn: '2019-12-21', endsOn: '2020-01-05' },
  ]),
  { zone: 'A', schoolYear: 2019, name: "Vacances d'hiver", startsOn: '2020-02-22', endsOn: '2020-03-08' },
  { zone: 'B', schoolYear: 2019, name: "Vacances d'hiver", startsOn: '2020-02-15', endsOn: '2020-03-01' },
  { zone: 'C', schoolYear: 2019, name: "Vacances d'hiver", startsOn: '2020-02-08', endsOn: '2020-02-23' },
  { zone: 'A', schoolYear: 2019, name: 'Vacances de printemps', startsOn: '2020-04-18', endsOn: '2020-05-03' },
  { zone: 'B', schoolYear: 2019, name: 'Vacances de printemps', startsOn: '2020-04-11', endsOn: '2020-04-26' },
  { zone: 'C', schoolYear: 2019, name: 'Vacances de printemps', startsOn: '2020-04-04', endsOn: '2020-04-19' },
] as const satisfies readonly HolidayPeriodRow[];
