import type { Db } from '@/db/client';
import * as s from '@/db/schema';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import { departmentCalendar } from '@/lib/calendar/holiday-queries';
import { holidayOfWeek } from '@/lib/calendar/holidays';
import type { IsoDate } from '@/lib/calendar/weeks';
import { weekDemand } from '@/lib/offers/demand-queries';
import { getWeekPicker } from '@/lib/schools/week-picker-queries';
import type { Scenario } from '@/lib/simulation/result';
import { bulkInsert } from '../support/bulk-insert';
import type { BenchSchool } from '../support/dataset-schools';
import { popularWeek } from '../support/fixtures';
import type { Random } from '../support/random';
import type { SimOffer } from './campaign';
import { inParallel } from './parallel';

/*
 * Who chooses which weeks, the only difference between the scenarios:
 * (a) each collège picks its classes' weeks without looking at its neighbours, clustered as in
 *     reality (bench's popularWeek: 60 % in the three popular spans, before Christmas, late January,
 *     mid-March), never in its zone's holidays; each host picks its offer's weeks uniformly among
 *     the weeks still to come, not knowing when collèges send their pupils;
 * (b) each collège takes one of the week picker's suggestions (getWeekPicker, drawn among them; a
 *     class with none falls back to (a)), in waves, so each sees the choices of the waves before
 *     it; each host takes the weeks with the most pupils without a placement around its
 *     offer (weekDemand, the hints of the offer form), the rest drawn as in (a).
 */

/** Collèges choosing at the same time, in (b): each wave sees the weeks the waves before it took. */
const WAVES = 20;

/**
 * Every class of every collège gets one week. The collèges choose in a drawn order, in WAVES waves
 * (heads decide over the same few weeks of September, not one after the other across France): in
 * (b) each wave's pickers are read at once and count the classes of the waves before.
 */
export async function chooseSchoolWeeks(
  db: Db,
  random: Random,
  scenario: Scenario,
  schools: readonly BenchSchool[],
  { schoolYear, today, concurrency }: { schoolYear: number; today: IsoDate; concurrency: number },
): Promise<Map<string, IsoDate>> {
  const chosen = new Map<string, IsoDate>();
  const calendars = new Map<string, IsoDate[]>();
  const outsideHolidays = async (departmentCode: string) => {
    let weeks = calendars.get(departmentCode);
    if (!weeks) {
      const calendar = await departmentCalendar(db, departmentCode, schoolYear);
      weeks = selectableWeeks(schoolYear, today).filter((week) => !holidayOfWeek(week, calendar?.holidays ?? []));
      calendars.set(departmentCode, weeks);
    }
    return weeks;
  };
  const order = random.sample(schools, schools.length);
  const waveSize = Math.ceil(order.length / WAVES);
  for (let start = 0; start < order.length; start += waveSize) {
    const classes = order
      .slice(start, start + waveSize)
      .flatMap((school) => school.classes.map((schoolClass) => ({ school, schoolClass })));
    const suggestions =
      scenario === 'b'
        ? await inParallel(classes, concurrency, async ({ school, schoolClass }) =>
            (
              (await getWeekPicker({ schoolId: school.id, classId: schoolClass.id, schoolYear, today }, db))?.weeks ??
              []
            )
              .filter((week) => week.suggested)
              .map((week) => week.week),
          )
        : [];
    const wave: { classId: string; week: IsoDate }[] = [];
    for (const [index, { school, schoolClass }] of classes.entries()) {
      const suggested = suggestions[index] ?? [];
      const week = suggested.length
        ? random.pick(suggested)
        : popularWeek(random, await outsideHolidays(school.place.departmentCode));
      chosen.set(schoolClass.id, week);
      wave.push({ classId: schoolClass.id, week });
    }
    await bulkInsert(db, s.classInternshipWeeks, wave);
  }
  return chosen;
}

/** Posts offers on `today`: their weeks chosen as the scenario says (the hosts side by side), then the rows inserted. */
export async function postOffers(
  db: Db,
  random: Random,
  scenario: Scenario,
  offers: readonly SimOffer[],
  { schoolYear, today, concurrency }: { schoolYear: number; today: IsoDate; concurrency: number },
): Promise<void> {
  const open = selectableWeeks(schoolYear, today);
  const hints =
    scenario === 'b'
      ? await inParallel(offers, concurrency, async (offer) =>
          (await weekDemand(offer.place, schoolYear, today, db))
            .filter((week) => week.pupilsWithoutPlacement > 0)
            .sort((x, y) => y.pupilsWithoutPlacement - x.pupilsWithoutPlacement || x.week.localeCompare(y.week))
            .slice(0, offer.weekCount)
            .map((week) => week.week),
        )
      : [];
  const weekRows: { offerId: string; week: IsoDate }[] = [];
  for (const [index, offer] of offers.entries()) {
    const weeks = new Set<IsoDate>(hints[index] ?? []);
    while (weeks.size < Math.min(offer.weekCount, open.length)) weeks.add(random.pick(open));
    for (const week of weeks) weekRows.push({ offerId: offer.id, week });
  }
  await bulkInsert(
    db,
    s.offers,
    offers.map((offer) => offer.row),
  );
  await bulkInsert(db, s.offerWeeks, weekRows);
}
