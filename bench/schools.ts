import { performance } from 'node:perf_hooks';
import { createTestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import { getClassFollowUp } from '@/lib/classes/queries';
import { exportFollowUp, followUpFigures, listFollowUp } from '@/lib/pupils/follow-up-queries';
import {
  BEST_STATES,
  DEFAULT_FOLLOW_UP_PARAMS,
  FOLLOW_UP_SORTS,
  followUpQuery,
  parseFollowUpParams,
  type FollowUpParams,
} from '@/lib/pupils/follow-up-schemas';
import { getWeekPicker } from '@/lib/schools/week-picker-queries';
import { generateDataset, type Dataset } from './support/dataset';
import { emitFigure } from './support/figures';
import { formatCount, formatCounts, measure, printTable, type ScenarioResult } from './support/measure';
import { createRandom } from './support/random';
import { schoolGroups } from './support/school-groups';
import { closeBenchDb } from './support/server-database';

/*
 * `npm run bench:schools`: the school staff's pages of issue 12 at national scale (the dataset of
 * bench:search), on PGlite by default and on PostgreSQL when DATABASE_URL is set. One JSON line per
 * figure ({"bench":"schools",...}), then a table. BENCH_ITERATIONS (100), BENCH_SCALE (1),
 * BENCH_SEED (2019), BENCH_KEEP_DB (1: keeps the PostgreSQL database, to read plans by hand).
 *
 * The week picker of a class's edit page (getWeekPicker): a class of a collège of Paris and its
 * inner ring, where the most collèges and offers lie within 60 km (week_picker_dense), and of the
 * tenth of the other collèges that see the fewest offers (week_picker_sparse).
 *
 * The pupils' follow-up of the dataset's large collège (bench/support/large-school.ts: 8 classes,
 * 240 pupils, 2 000 applications), for its head, as the pages ask for it (target: p95 under 100 ms
 * on PostgreSQL): /etablissement/eleves with its default params (school_dashboard_page:
 * followUpFigures then listFollowUp), then with a sort, a direction, class and state filters and an
 * existing page drawn each time (school_dashboard_sorted_filtered), a class's page
 * (class_dashboard_page: getClassFollowUp, then its listFollowUp and followUpFigures at once), and
 * the whole school's CSV (school_dashboard_csv: exportFollowUp).
 */

const TODAY = '2026-11-28';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SEED = Number(process.env.BENCH_SEED ?? 2019);

const started = performance.now();
const t = await createTestDb();
const db = t.db;
const kind = t.kind;
try {
  const dataset = await generateDataset(db, { today: TODAY, seed: SEED, scale: SCALE });
  console.log(`Base : ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} · ${formatCounts(dataset.counts)}`);
  const random = createRandom(SEED + 2);
  const { dense, sparse } = schoolGroups(dataset);
  /** ITERATIONS classes, each of a collège drawn from `schools`. */
  const classesOf = (schools: Dataset['schools']) =>
    Array.from({ length: ITERATIONS }, () => {
      const school = random.pick(schools);
      return { schoolId: school.id, classId: random.pick(school.classes).id };
    });

  console.log('\nRequêtes :');
  const results: ScenarioResult[] = [];
  for (const [name, schools] of [
    ['week_picker_dense', dense],
    ['week_picker_sparse', sparse],
  ] as const)
    results.push(
      await measure({
        name,
        inputs: classesOf(schools),
        run: async (input) => {
          const picker = await getWeekPicker({ ...input, schoolYear: dataset.campaign.schoolYear, today: TODAY }, db);
          if (!picker) throw new Error(`Collège ${input.schoolId} introuvable`);
          return picker.weeks.reduce((sum, week) => sum + week.freeSeats, 0);
        },
        sizeLabel: 'places libres à 60 km, toutes semaines',
      }),
    );

  // School dashboards (follow-up of the pupils): the head of the large collège, as its pages ask.
  const large = dataset.largeSchool;
  const head = await loadSessionUser(large.headId, db);
  if (!head) throw new Error('Chef du grand collège introuvable');
  /** /etablissement/eleves: the figures first (they check the class asked for), then the list. */
  const schoolPage = async (search: Record<string, string>) => {
    const figures = await followUpFigures(head, '', TODAY, db);
    if (!figures) throw new Error('Suivi du grand collège refusé');
    const asked = parseFollowUpParams(search);
    const params = figures.classes.some((row) => row.classId === asked.classId) ? asked : { ...asked, classId: '' };
    const list = await listFollowUp(head, params, TODAY, db);
    if (!list) throw new Error('Liste du grand collège refusée');
    return list;
  };
  const firstPage = await schoolPage({});
  const figures = (await followUpFigures(head, '', TODAY, db))!.total;
  const everyRow = (await exportFollowUp(head, DEFAULT_FOLLOW_UP_PARAMS, TODAY, db))!;
  console.log(
    `\nGrand collège : ${large.classes.length} classes, ${figures.pupils} élèves (${figures.authorised} autorisés, ` +
      `${figures.withApplication} avec une candidature, ${figures.placed} placés ; ${large.pupilsWithoutApplication} ` +
      `sans candidature, dont ${everyRow.filter((row) => row.alert).length} signalés à moins de 3 semaines du stage), ` +
      `${formatCount(large.applications)} candidatures ; ${firstPage.pageCount} pages de ${firstPage.rows.length} élèves`,
  );

  // Sorted and filtered pages: every class and state filter's total, to draw a page that exists.
  const classChoices = ['', ...large.classes.map((schoolClass) => schoolClass.id)];
  const stateChoices = ['', ...BEST_STATES] as const;
  const pagesOf = new Map<string, number>();
  for (const classId of classChoices)
    for (const state of stateChoices)
      pagesOf.set(
        `${classId}|${state}`,
        (await listFollowUp(head, { ...DEFAULT_FOLLOW_UP_PARAMS, classId, state }, TODAY, db))!.pageCount,
      );
  const sortedFiltered = Array.from({ length: ITERATIONS }, () => {
    const classId = random.chance(0.5) ? '' : random.pick(classChoices);
    const state = random.chance(0.5) ? '' : random.pick(stateChoices);
    const params: FollowUpParams = {
      classId,
      state,
      sort: random.pick(FOLLOW_UP_SORTS),
      dir: random.pick(['asc', 'desc'] as const),
      page: random.int(1, Math.max(1, pagesOf.get(`${classId}|${state}`)!)),
    };
    return followUpQuery(params);
  });
  const classPage = async (classId: string) => {
    // /etablissement/classes/[id]: the class (summary, consent forms), then its list and figures at once.
    const cls = await getClassFollowUp(head, classId, db);
    if (!cls) throw new Error(`Classe ${classId} refusée`);
    const [list, classFigures] = await Promise.all([
      listFollowUp(head, { ...parseFollowUpParams({}), classId: cls.id }, TODAY, db),
      followUpFigures(head, cls.id, TODAY, db),
    ]);
    if (!list || !classFigures) throw new Error(`Suivi de la classe ${classId} refusé`);
    return list.total;
  };

  for (const scenario of [
    {
      name: 'school_dashboard_page',
      inputs: Array.from({ length: ITERATIONS }, () => ({})),
      run: async (search: Record<string, string>) => (await schoolPage(search)).total,
      sizeLabel: 'élèves listés',
    },
    {
      name: 'school_dashboard_sorted_filtered',
      inputs: sortedFiltered,
      run: async (search: Record<string, string>) => (await schoolPage(search)).rows.length,
      sizeLabel: 'élèves sur la page',
    },
  ])
    results.push(await measure(scenario));
  results.push(
    await measure({
      name: 'class_dashboard_page',
      inputs: Array.from({ length: ITERATIONS }, () => random.pick(large.classes).id),
      run: classPage,
      sizeLabel: 'élèves de la classe',
    }),
  );
  results.push(
    await measure({
      name: 'school_dashboard_csv',
      inputs: Array.from({ length: ITERATIONS }, () => DEFAULT_FOLLOW_UP_PARAMS),
      run: async (params) => (await exportFollowUp(head, params, TODAY, db))!.length,
      sizeLabel: 'lignes',
    }),
  );

  for (const result of results)
    emitFigure('schools', kind, result.name, { p50_ms: result.p50, p95_ms: result.p95, n: result.iterations });
  console.log(`\nRésultats (${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, aujourd’hui = ${TODAY}) :\n`);
  printTable(results);
  console.log(`\nDurée totale : ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await closeBenchDb(t);
}
