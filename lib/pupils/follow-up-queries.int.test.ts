import { beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, PUPILS } from '@/db/seed/demo-data';
import type { SessionUser } from '@/lib/auth/types';
import { addDays } from '@/lib/calendar/weeks';
import { PAGE_SIZES } from '@/lib/pagination';
import { CLASS_A, CLASS_B, followUpFixtures, TODAY, WEEKS } from '@/lib/testing/follow-up';
import { followUpCsv } from './follow-up-csv';
import { exportFollowUp, followUpFigures, listFollowUp } from './follow-up-queries';
import { DEFAULT_FOLLOW_UP_PARAMS, type FollowUpParams } from './follow-up-schemas';

/*
 * The follow-up list: its filters, sorts and pages, the three-week highlight, the figures per
 * class and the CSV. Class 3e Suivi: Arnaud placed, Bérénice accepted, Cyril waiting, Diane refused
 * once, Étienne (no authorisation) nothing yet; 3e Nombreux: enough pupils for several pages.
 */

const f = followUpFixtures();
let head: SessionUser;
let suivi: string;
let many: string;
let ids: Record<string, string>;

const list = (change: Partial<FollowUpParams>, today = TODAY) =>
  listFollowUp(head, { ...DEFAULT_FOLLOW_UP_PARAMS, ...change }, today, f.db).then((page) => page!);
const names = (rows: { lastName: string }[]) => rows.map((row) => row.lastName);

beforeAll(async () => {
  head = await f.actor(PEOPLE.head.id);
  suivi = await f.schoolClass('3e Suivi');
  many = await f.schoolClass('3e Nombreux', { weeks: [WEEKS[2]] });
  const [arnaud, berenice, cyril, diane] = await f.pupils(suivi, ['Arnaud', 'Bérénice', 'Cyril', 'Diane']);
  const [etienne] = await f.pupils(suivi, ['Étienne'], { consent: false });
  ids = { arnaud: arnaud!, berenice: berenice!, cyril: cyril!, diane: diane!, etienne: etienne! };
  await f.pupils(
    many,
    Array.from({ length: PAGE_SIZES.pupilFollowUp + 5 }, (_, i) => `Nombreux ${String(i).padStart(2, '0')}`),
  );
  const [zenith, abeille] = [await f.offer('Zénith Conseil'), await f.offer('abeille et fils')];
  await f.applications([
    { pupilId: arnaud!, offerId: zenith, week: WEEKS[1], status: 'confirmed' },
    { pupilId: arnaud!, offerId: abeille, week: WEEKS[1], status: 'superseded' },
    { pupilId: berenice!, offerId: abeille, week: WEEKS[0], status: 'accepted' },
    { pupilId: cyril!, offerId: zenith, week: WEEKS[2], status: 'submitted' },
    { pupilId: diane!, offerId: abeille, week: WEEKS[0], status: 'rejected' },
  ]);
});

describe('the follow-up list', () => {
  it('filters by class and by state', async () => {
    expect(names((await list({ classId: suivi })).rows)).toEqual(['Arnaud', 'Bérénice', 'Cyril', 'Diane', 'Étienne']);
    expect(names((await list({ classId: suivi, state: 'none' })).rows)).toEqual(['Diane', 'Étienne']);
    expect(names((await list({ classId: suivi, state: 'applied' })).rows)).toEqual(['Cyril']);
    expect(names((await list({ classId: suivi, state: 'accepted' })).rows)).toEqual(['Bérénice']);
    // Without a class: every class of the campaign, the demo's 3e A and 3e B included.
    const confirmed = await list({ state: 'confirmed' });
    expect(new Set(confirmed.rows.map((row) => row.className))).toEqual(new Set(['3e A', '3e Suivi']));
    expect(names(confirmed.rows)).toContain(PUPILS[0][0].lastName);
    expect((await list({})).total).toBe(6 + 5 + PAGE_SIZES.pupilFollowUp + 5);
  });

  it('sorts in the database, either way, rows without a week or host last', async () => {
    const sorted = async (sort: FollowUpParams['sort'], dir: 'asc' | 'desc') =>
      names((await list({ classId: suivi, sort, dir })).rows);
    expect(await sorted('state', 'desc')).toEqual(['Arnaud', 'Bérénice', 'Cyril', 'Diane', 'Étienne']);
    expect(await sorted('state', 'asc')).toEqual(['Diane', 'Étienne', 'Cyril', 'Bérénice', 'Arnaud']);
    expect(await sorted('applications', 'desc')).toEqual(['Arnaud', 'Bérénice', 'Cyril', 'Diane', 'Étienne']);
    expect(await sorted('applications', 'asc')).toEqual(['Étienne', 'Bérénice', 'Cyril', 'Diane', 'Arnaud']);
    expect(await sorted('week', 'asc')).toEqual(['Bérénice', 'Arnaud', 'Cyril', 'Diane', 'Étienne']);
    expect(await sorted('week', 'desc')).toEqual(['Cyril', 'Arnaud', 'Bérénice', 'Diane', 'Étienne']);
    // Case-insensitive: « abeille et fils » before « Zénith Conseil ».
    expect(await sorted('host', 'asc')).toEqual(['Bérénice', 'Arnaud', 'Cyril', 'Diane', 'Étienne']);
    expect(await sorted('consent', 'asc')).toEqual(['Étienne', 'Arnaud', 'Bérénice', 'Cyril', 'Diane']);
    expect(await sorted('pupil', 'desc')).toEqual(['Étienne', 'Diane', 'Cyril', 'Bérénice', 'Arnaud']);
    const byClass = (await list({ sort: 'class', dir: 'desc' })).rows.map((row) => row.className);
    expect(byClass[0]).toBe('3e Suivi');
  });

  it('pages in the database: stable pages, the last one when asked beyond it', async () => {
    const first = await list({ classId: many });
    const second = await list({ classId: many, page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([
      PAGE_SIZES.pupilFollowUp + 5,
      2,
      PAGE_SIZES.pupilFollowUp,
      5,
    ]);
    const all = [...names(first.rows), ...names(second.rows)];
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
    const beyond = await list({ classId: many, page: 99 });
    expect([beyond.page, names(beyond.rows)]).toEqual([2, names(second.rows)]);
    expect(await list({ classId: suivi, state: 'confirmed', page: 5 })).toMatchObject({ page: 1, total: 1 });
  });

  it('flags pupils without any application from 21 days before the class’s first week still to come', async () => {
    const flagged = async (today: string) =>
      names((await list({ classId: suivi }, today)).rows.filter((row) => row.alert));
    // 3e Suivi's first week is WEEKS[0]; Diane applied once (refused): only Étienne is flagged.
    expect(await flagged(addDays(WEEKS[0], -22))).toEqual([]);
    expect(await flagged(addDays(WEEKS[0], -21))).toEqual(['Étienne']);
    expect(await flagged(addDays(WEEKS[0], -20))).toEqual(['Étienne']);
    // On the first week's Monday it is no longer to come: the next one is a week later.
    expect(await flagged(WEEKS[0])).toEqual(['Étienne']);
    // After the last week, nothing to come.
    expect(await flagged(addDays(WEEKS[2], 1))).toEqual([]);
    // 3e Nombreux has a single week, WEEKS[2]: all its pupils are flagged from 21 days before it.
    expect((await list({ classId: many }, addDays(WEEKS[2], -22))).rows.some((row) => row.alert)).toBe(false);
    expect((await list({ classId: many }, addDays(WEEKS[2], -21))).rows.every((row) => row.alert)).toBe(true);
  });

  it('counts pupils, authorisations, applicants and placed pupils per class, and their total', async () => {
    const figures = (await followUpFigures(head, '', TODAY, f.db))!;
    expect(figures.classes.map((row) => row.className)).toEqual(['3e A', '3e B', '3e Nombreux', '3e Suivi']);
    const of = (name: string) => {
      const { classId: _id, className: _name, ...counts } = figures.classes.find((row) => row.className === name)!;
      return counts;
    };
    expect(of('3e Suivi')).toEqual({ pupils: 5, authorised: 4, withApplication: 4, placed: 1 });
    expect(of('3e Nombreux')).toEqual({ pupils: 35, authorised: 35, withApplication: 0, placed: 0 });
    // Demo: 3e A, Inès placed, Moussa accepted, Sarah placed the week before last, Yanis waiting for authorisation.
    expect(of('3e A')).toEqual({ pupils: 4, authorised: 3, withApplication: 3, placed: 2 });
    expect(figures.total).toEqual({
      pupils: 4 + 2 + 35 + 5,
      authorised: 3 + 2 + 35 + 4,
      withApplication: 3 + 2 + 0 + 4,
      placed: 3,
    });
    expect((await followUpFigures(head, suivi, TODAY, f.db))!.total).toEqual(of('3e Suivi'));
  });

  it('exports every row with the page’s filters and sort as a French CSV', async () => {
    const params = { ...DEFAULT_FOLLOW_UP_PARAMS, state: 'none', sort: 'class', dir: 'desc' } as const;
    const rows = (await exportFollowUp(head, params, TODAY, f.db))!;
    // Every pupil without an application in progress, not one page: 3e Suivi, 3e Nombreux, 3e B, 3e A.
    expect(rows.length).toBe(2 + 35 + 2 + 1);
    const lines = followUpCsv(rows).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFClasse;Nom;Prénom;Autorisation parentale;Candidatures envoyées;État;Semaine de stage (lundi);Structure d’accueil;Aucune candidature à moins de 3 semaines du stage',
    );
    expect(lines.slice(1, 4)).toEqual([
      '3e Suivi;Diane;Élève;Reçue le 28/11/2026;1;Aucune candidature en cours;;;Non',
      '3e Suivi;Étienne;Élève;En attente;0;Aucune candidature en cours;;;Non',
      '3e Nombreux;Nombreux 00;Élève;Reçue le 28/11/2026;0;Aucune candidature en cours;;;Non',
    ]);
    expect(lines.at(-2)!.startsWith('3e A;')).toBe(true);
    const confirmed = (await exportFollowUp(
      head,
      { ...DEFAULT_FOLLOW_UP_PARAMS, classId: suivi, state: 'confirmed' },
      TODAY,
      f.db,
    ))!;
    expect(followUpCsv(confirmed).split('\r\n')[1]).toBe(
      '3e Suivi;Arnaud;Élève;Reçue le 28/11/2026;2;Stage confirmé;18/01/2027;Zénith Conseil;Non',
    );
  });
});

describe('who follows whom', () => {
  const readable = async (actor: SessionUser, classId: string) =>
    (await listFollowUp(actor, { ...DEFAULT_FOLLOW_UP_PARAMS, classId }, TODAY, f.db)) !== null;

  it('gives the whole school to the head and school-wide staff only', async () => {
    const cpe = await f.staff('cpe');
    const teacher = await f.staff('teacher');
    const mainTeacher = await f.actor(PEOPLE.teacher.id);
    for (const actor of [head, cpe]) {
      expect((await listFollowUp(actor, DEFAULT_FOLLOW_UP_PARAMS, TODAY, f.db))!.total).toBeGreaterThan(0);
      expect(await followUpFigures(actor, '', TODAY, f.db)).not.toBeNull();
    }
    for (const actor of [teacher, mainTeacher, await f.actor(PUPILS[0][0].id), await f.actor(PEOPLE.host.id)]) {
      expect(await listFollowUp(actor, DEFAULT_FOLLOW_UP_PARAMS, TODAY, f.db)).toBeNull();
      expect(await exportFollowUp(actor, DEFAULT_FOLLOW_UP_PARAMS, TODAY, f.db)).toBeNull();
      expect(await followUpFigures(actor, '', TODAY, f.db)).toBeNull();
    }
  });

  it('gives a main teacher their own class only, and a teacher every class', async () => {
    const mainTeacher = await f.actor(PEOPLE.teacher.id);
    const teacher = await f.staff('teacher');
    expect(await readable(mainTeacher, CLASS_A)).toBe(true);
    for (const classId of [suivi, CLASS_B]) {
      expect(await readable(mainTeacher, classId)).toBe(false);
      expect(await exportFollowUp(mainTeacher, { ...DEFAULT_FOLLOW_UP_PARAMS, classId }, TODAY, f.db)).toBeNull();
      expect(await followUpFigures(mainTeacher, classId, TODAY, f.db)).toBeNull();
      expect(await readable(teacher, classId)).toBe(true);
    }
  });

  it('gives another school’s head nothing of this school, whatever class id they send', async () => {
    const headMarseille = await f.actor(PEOPLE.headMarseille.id);
    for (const classId of [suivi, CLASS_A]) expect(await readable(headMarseille, classId)).toBe(false);
    const own = await listFollowUp(headMarseille, DEFAULT_FOLLOW_UP_PARAMS, TODAY, f.db);
    expect(own!.rows.map((row) => row.className)).toEqual(['3e 1', '3e 1']);
    expect(JSON.stringify(own)).not.toContain(ids.arnaud);
  });
});
