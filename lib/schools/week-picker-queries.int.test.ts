import { beforeAll, describe, expect, it } from 'vitest';
import { HOLIDAYS, weekPickerFixtures, YEAR } from '@/lib/testing/week-picker';
import type { WeekPicker } from './week-picker-rules';

/*
 * The week picker of a collège in Aurillac (zone A) on 2026-11-28, school year 2026-2027: its
 * selectable weeks run from 2026-11-30 to 2027-04-26. Around it (distances due north):
 *   week A 2027-01-11: a collège at 59 km (20 pupils, plus a deleted and a pending account) and one
 *     at 30 km with two classes (5 and 6 pupils); not counted: a collège at 61 km, an unregistered
 *     one at 10 km, the school's own other class. Seats: 1 + 1 + 4 = 6.
 *   week B 2027-01-18: the 5-pupil class at 30 km. Seats: 3 + 1 (the 20-km offer's year limit) = 4.
 *   week C 2027-03-08: the collège at 59 km. Seats: 2 (an offer of a suspended organisation and a
 *     draft add none).
 *   week D 2027-03-15: nobody. Seats: 1 at 30 km + 1 reserved for this school (one reserved for
 *     another school and one at 61 km add none).
 *   week E 2026-12-07: the 20-km offer's week, full. Week H 2027-02-15 (winter holidays): 4 seats.
 */
const f = weekPickerFixtures();
const [A, B, C, D, E, H] = ['2027-01-11', '2027-01-18', '2027-03-08', '2027-03-15', '2026-12-07', '2027-02-15'];

let home: string;
let editedClass: string;
let near59: string;
let kept: string;
let picker: WeekPicker;

const entry = (result: WeekPicker, week: string) => result.weeks.find((w) => w.week === week)!;
/** Every week's value of one field, zero (or null) weeks left out. */
const nonZero = (result: WeekPicker, field: 'otherSchools' | 'theirPupils' | 'freeSeats') =>
  Object.fromEntries(result.weeks.filter((w) => w[field] !== 0).map((w) => [w.week, w[field]]));

beforeAll(async () => {
  home = await f.school(0);
  editedClass = (await f.schoolClass(home, [], { pupils: 4, pending: 1, deleted: 1 })).classId;
  await f.schoolClass(home, [A], { pupils: 10 });
  near59 = await f.school(59);
  await f.schoolClass(near59, [A, C], { pupils: 20, pending: 1, deleted: 1 });
  const near30 = await f.school(30);
  await f.schoolClass(near30, [A, B], { pupils: 5 });
  await f.schoolClass(near30, [A], { pupils: 6 });
  await f.schoolClass(await f.school(61), [A], { pupils: 30 });
  await f.schoolClass(await f.school(10, { registered: false }), [A], { pupils: 8 });
  // Pupils of a far collège, who apply to the offers around Aurillac.
  const applicants = (await f.schoolClass(await f.school(600), [], { pupils: 7 })).pupilIds;

  const o59 = await f.offer(59, [A, B, C], { seatsPerWeek: 3, seatsPerYear: 10 });
  await f.application(applicants[0]!, o59, A, 'accepted');
  await f.application(applicants[1]!, o59, A, 'confirmed');
  await f.application(applicants[2]!, o59, C, 'accepted');
  await f.application(applicants[3]!, o59, B, 'submitted');
  const o20 = await f.offer(20, [A, B, E], { seatsPerWeek: 2, seatsPerYear: 3 });
  await f.application(applicants[4]!, o20, E, 'accepted');
  await f.application(applicants[5]!, o20, E, 'confirmed');
  kept = await f.offer(1, [A], { seatsPerWeek: 4, seatsPerYear: 8 });
  await f.offer(30, [D]);
  await f.offer(61, [A, D], { seatsPerWeek: 5 });
  await f.offer(10, [D], { reservedFor: home });
  await f.offer(10, [D], { reservedFor: near59, seatsPerWeek: 4 });
  await f.offer(10, [B, C], { suspended: true, seatsPerWeek: 5 });
  await f.offer(10, [C], { status: 'draft', seatsPerWeek: 5 });
  await f.offer(10, [H], { seatsPerWeek: 4 });
  picker = (await f.picker(home, editedClass))!;
});

describe('the week picker of a collège', () => {
  it('lists every week a class may still take, in order', () => {
    expect(picker.weeks).toHaveLength(22);
    expect(picker.weeks[0]!.week).toBe('2026-11-30');
    expect(picker.weeks.at(-1)!.week).toBe('2027-04-26');
    expect(picker).toMatchObject({ zone: 'A', calendarPublished: true, located: true, radiusKm: 60, classPupils: 4 });
  });

  it('counts the other collèges within 60 km that chose each week and their live pupils, never its own', () => {
    expect(nonZero(picker, 'otherSchools')).toEqual({ [A]: 2, [B]: 1, [C]: 1 });
    expect(nonZero(picker, 'theirPupils')).toEqual({ [A]: 31, [B]: 5, [C]: 20 });
  });

  it('counts the seats still free within 60 km that its pupils may take', () => {
    expect(nonZero(picker, 'freeSeats')).toEqual({ [A]: 6, [B]: 4, [C]: 2, [D]: 2, [H]: 4 });
  });

  it('takes a held seat off at once, and gives it back when the application no longer holds it', async () => {
    const pupil = (await f.schoolClass(await f.school(650), [], { pupils: 1 })).pupilIds[0]!;
    const id = await f.application(pupil, kept, A, 'accepted');
    expect(entry((await f.picker(home, editedClass))!, A).freeSeats).toBe(5);
    await f.setStatus(id, 'canceled_by_host');
    expect(entry((await f.picker(home, editedClass))!, A).freeSeats).toBe(6);
  });

  it('shows the zone’s holidays on their weeks and warns on the last week before each', () => {
    const holidays = Object.fromEntries(picker.weeks.filter((w) => w.holiday).map((w) => [w.week, w.holiday!.name]));
    expect(holidays).toEqual({
      '2026-12-21': 'Vacances de Noël',
      '2026-12-28': 'Vacances de Noël',
      '2027-02-15': 'Vacances d’hiver',
      '2027-02-22': 'Vacances d’hiver',
      '2027-04-12': 'Vacances de printemps',
      '2027-04-19': 'Vacances de printemps',
    });
    const before = Object.fromEntries(
      picker.weeks.filter((w) => w.holidayAfter).map((w) => [w.week, w.holidayAfter!.name]),
    );
    expect(before).toEqual({
      '2026-12-14': 'Vacances de Noël',
      '2027-02-08': 'Vacances d’hiver',
      '2027-04-05': 'Vacances de printemps',
    });
    expect(entry(picker, H).holiday).toEqual(HOLIDAYS[1]);
  });

  it('suggests the three weeks with the most free seats per pupil, never a holiday week', () => {
    // D 2 seats for the class's 4 pupils, B 4 for 9, A 6 for 35, C 2 for 24; H (4 for 4) is a holiday.
    expect(picker.weeks.filter((w) => w.suggested).map((w) => w.week)).toEqual([A, B, D]);
  });

  it('says when the school year has no holiday calendar yet', async () => {
    const next = (await f.picker(home, editedClass, YEAR + 1))!;
    expect(next.calendarPublished).toBe(false);
    expect(next.weeks.every((w) => w.holiday === null && w.holidayAfter === null)).toBe(true);
    expect(next.zone).toBe('A');
  });

  it('counts nothing around a collège without coordinates, and knows no unknown collège', async () => {
    const nowhere = await f.school(null);
    const { classId } = await f.schoolClass(nowhere, [], { pupils: 2 });
    const result = (await f.picker(nowhere, classId))!;
    expect(result.located).toBe(false);
    expect(result.weeks.every((w) => w.otherSchools === 0 && w.freeSeats === 0 && !w.suggested)).toBe(true);
    expect(await f.picker('00000000-0000-4000-8000-000000000000', classId)).toBeNull();
  });
});
