import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classInternshipWeeks, schoolClasses, staffMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { demoId, PEOPLE, PUPILS } from '@/db/seed/demo-data';
import { createTestDb, type TestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { createClass, updateClass } from './mutations';
import { getClassForEdit, listClasses } from './queries';
import { WEEK_REFUSALS } from '@/lib/calendar/campaign-weeks';

// Saturday 28 November 2026: campaign 2026-2027, internship weeks from 12 October 2026 to 26 April 2027.
const now = new Date('2026-11-28T10:00:00Z');
let t: TestDb;
let head: SessionUser, teacher: SessionUser, headMarseille: SessionUser, plainTeacher: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, now);
  const [plain] = await t.db
    .insert(users)
    .values({
      email: 'prof.histoire@ac-creteil.fr',
      role: 'school_staff',
      firstName: 'Aïcha',
      lastName: 'Koné',
      passwordHash: null,
      emailVerifiedAt: now,
    })
    .returning({ id: users.id });
  await t.db
    .insert(staffMemberships)
    .values({ userId: plain!.id, schoolId: demoId(101), role: 'teacher', status: 'active' });
  const load = async (id: string) => (await loadSessionUser(id, t.db))!;
  [head, teacher, headMarseille, plainTeacher] = [
    await load(PEOPLE.head.id),
    await load(PEOPLE.teacher.id),
    await load(PEOPLE.headMarseille.id),
    await load(plain!.id),
  ];
});
afterAll(() => t.close());

const classA = demoId(201);
const classB = demoId(202);
const edit = (classId: string, fields: { name?: string; mainTeacherId?: string | null; weeks?: string[] } = {}) => ({
  classId,
  name: '3e A',
  weeks: [],
  mainTeacherId: undefined,
  ...fields,
});
const weeksOf = async (classId: string) =>
  (
    await t.db
      .select({ week: classInternshipWeeks.week })
      .from(classInternshipWeeks)
      .where(eq(classInternshipWeeks.classId, classId))
  )
    .map((r) => r.week)
    .sort();

describe('opening classes', () => {
  it('lets the head open a class of the current campaign, without a main teacher yet', async () => {
    const result = await createClass(head, { name: '3e C' }, now, t.db);
    expect(result.ok).toBe(true);
    const [created] = await t.db
      .select()
      .from(schoolClasses)
      .where(eq(schoolClasses.id, result.ok ? result.data.id : ''));
    expect(created).toMatchObject({ schoolId: demoId(101), schoolYear: 2026, name: '3e C', mainTeacherId: null });
  });

  it('makes a main teacher who opens a class its main teacher', async () => {
    const result = await createClass(teacher, { name: '3e D' }, now, t.db);
    const [created] = await t.db
      .select()
      .from(schoolClasses)
      .where(eq(schoolClasses.id, result.ok ? result.data.id : ''));
    expect(created).toMatchObject({ mainTeacherId: PEOPLE.teacher.id });
  });

  it('refuses a name already used this year in the school, with a clear message on the field', async () => {
    const result = await createClass(head, { name: '3e A' }, now, t.db);
    expect(result).toMatchObject({
      ok: false,
      code: 'NAME_TAKEN',
      fieldErrors: { name: [expect.stringContaining('déjà ce nom')] },
    });
  });

  it('refuses teachers without a class of their own and pending staff', async () => {
    expect(await createClass(plainTeacher, { name: '3e E' }, now, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const pending = { ...head, staffRole: undefined, schoolId: undefined };
    expect(await createClass(pending, { name: '3e E' }, now, t.db)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('opens a class of the head of school B in school B only: school A is out of reach', async () => {
    const before = await listClasses(head, 2026, t.db);
    const result = await createClass(headMarseille, { name: '3e Z' }, now, t.db);
    const [created] = await t.db
      .select()
      .from(schoolClasses)
      .where(eq(schoolClasses.id, result.ok ? result.data.id : ''));
    expect(created!.schoolId).toBe(demoId(104));
    expect(await listClasses(head, 2026, t.db)).toEqual(before);
  });
});

describe('editing a class: name, main teacher, internship weeks', () => {
  it('saves future weeks of the window and lists them with the class', async () => {
    expect(await updateClass(head, edit(classA, { weeks: ['2027-01-11', '2027-03-01'] }), now, t.db)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await weeksOf(classA)).toEqual(['2027-01-11', '2027-03-01']);
    const row = (await listClasses(head, 2026, t.db)).find((c) => c.id === classA);
    expect(row).toMatchObject({
      name: '3e A',
      mainTeacherName: 'Julien Marchand',
      pupils: 4,
      weeks: ['2027-01-11', '2027-03-01'],
      canEdit: true,
    });
  });

  it('refuses a week in August, a past week and a day that is not a Monday, and keeps the weeks unchanged', async () => {
    const august = await updateClass(head, edit(classA, { weeks: ['2027-08-02'] }), now, t.db);
    expect(august).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { weeks: ['Cette semaine est hors de la période des stages (mi-octobre à fin avril).'] },
    });
    expect(await updateClass(head, edit(classA, { weeks: ['2026-11-16'] }), now, t.db)).toMatchObject({
      fieldErrors: { weeks: [WEEK_REFUSALS.past] },
    });
    expect(await updateClass(head, edit(classA, { weeks: ['2027-01-13'] }), now, t.db)).toMatchObject({
      fieldErrors: { weeks: [WEEK_REFUSALS.invalid] },
    });
    expect(await weeksOf(classA)).toEqual(['2027-01-11', '2027-03-01']);
  });

  it('keeps the weeks already past when the class is edited later in the year', async () => {
    const later = new Date('2027-02-10T10:00:00Z');
    expect(await updateClass(head, edit(classA, { weeks: ['2027-04-19'] }), later, t.db)).toMatchObject({ ok: true });
    // 11 January has happened and stays; 1 March, unchecked, is replaced by 19 April.
    expect(await weeksOf(classA)).toEqual(['2027-01-11', '2027-04-19']);
  });

  it('refuses a week in the holidays of the school’s zone, and takes it in another zone', async () => {
    // Bondy (93, académie de Créteil) is in zone C: spring holidays 3 to 18 April 2027. Marseille is
    // in zone B: 17 April to 2 May, so its week of 12 April is a school week.
    expect(await updateClass(head, edit(classB, { weeks: ['2027-04-12'] }), now, t.db)).toMatchObject({
      ok: false,
      fieldErrors: {
        weeks: [
          'La semaine du 12 avril 2027 tombe pendant les vacances de printemps de votre collège : choisissez une semaine de classe.',
        ],
      },
    });
    expect(
      await updateClass(headMarseille, edit(demoId(203), { name: '3e 1', weeks: ['2027-04-12'] }), now, t.db),
    ).toMatchObject({ ok: true });
  });

  it('assigns an active teacher of the school as main teacher, and refuses anyone else', async () => {
    expect(
      await updateClass(head, edit(classB, { name: '3e B', mainTeacherId: plainTeacher.id }), now, t.db),
    ).toMatchObject({ ok: true });
    for (const outsider of [PEOPLE.headMarseille.id, PUPILS[0][0].id, PEOPLE.head.id]) {
      expect(await updateClass(head, edit(classB, { name: '3e B', mainTeacherId: outsider }), now, t.db)).toMatchObject(
        { ok: false, fieldErrors: { mainTeacherId: [expect.any(String)] } },
      );
    }
    expect((await getClassForEdit(head, classB, t.db))!.mainTeacherId).toBe(plainTeacher.id);
  });

  it('lets a main teacher edit their own class but not choose its main teacher, nor edit another class', async () => {
    expect(
      await updateClass(
        teacher,
        edit(classA, { name: '3e A bis', mainTeacherId: null, weeks: ['2027-01-18'] }),
        now,
        t.db,
      ),
    ).toMatchObject({ ok: true });
    expect((await getClassForEdit(teacher, classA, t.db))!).toMatchObject({
      name: '3e A bis',
      mainTeacherId: PEOPLE.teacher.id,
    });
    expect(await updateClass(teacher, edit(classB, { name: '3e B' }), now, t.db)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses renaming a class to the name of another class of the same year', async () => {
    expect(await updateClass(head, edit(classA, { name: '3e B' }), now, t.db)).toMatchObject({
      ok: false,
      code: 'NAME_TAKEN',
      fieldErrors: { name: [expect.any(String)] },
    });
  });

  it('answers NOT_FOUND to the head of school B editing a class of school A, and changes nothing', async () => {
    const before = await getClassForEdit(head, classA, t.db);
    const result = await updateClass(
      headMarseille,
      edit(classA, { name: 'Piratée', mainTeacherId: null, weeks: [] }),
      now,
      t.db,
    );
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await getClassForEdit(headMarseille, classA, t.db)).toBeNull();
    expect(await getClassForEdit(head, classA, t.db)).toEqual(before);
  });
});
