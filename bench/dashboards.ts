import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/migrate';
import { createTestDb } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/types';
import { openDashboard } from '@/lib/steering/dashboard-queries';
import { groupFigures, offerFigures } from '@/lib/steering/indicator-queries';
import { homeView } from '@/lib/steering/policy';
import { applicationFigures, areaFigures } from '@/lib/steering/pupil-indicator-queries';
import { refreshSteeringFacts } from '@/lib/steering/facts-mutations';
import { publicStatistics } from '@/lib/steering/public-queries';
import { clearSteeringCache } from '@/lib/steering/queries';
import { NO_FILTERS, type SteeringFilters, type SteeringQuery, type SteeringView } from '@/lib/steering/rules';
import { weekBalance } from '@/lib/steering/week-indicator-queries';
import { generateDataset } from './support/dataset';
import { insertSteeringData } from './support/dataset-steering';
import { emitFigure } from './support/figures';
import { formatCount, formatCounts, measure, printTable, type ScenarioResult } from './support/measure';
import { captureQueries } from './support/postgis';
import { closeBenchDb } from './support/server-database';

/*
 * `npm run bench:dashboards`: the steering dashboards of issue 14 (/pilotage/<vue>) at national scale
 * (the dataset of bench:search, plus targets, PAQTE groups, conventions and completed internships:
 * bench/support/dataset-steering.ts), on PGlite by default and on PostgreSQL when DATABASE_URL is set.
 * One JSON line per figure ({"bench":"dashboards",...}), then a table. BENCH_ITERATIONS (40),
 * BENCH_SCALE (1), BENCH_SEED (2019), BENCH_PLANS (1: EXPLAIN ANALYZE of every statement of the
 * national dashboard, PostgreSQL), BENCH_KEEP_DB (1: keeps the PostgreSQL database).
 *
 * A dashboard page is openDashboard (lib/steering/dashboard-queries.ts), what /pilotage/[...vue]
 * calls: every figure of the view's level at once (offers, groups, applications, areas, weeks, map
 * positions), then the breadcrumb's views. Scopes: national, a dense region (Île-de-France, 11), a
 * department (Seine-Saint-Denis, 93), a ministry (the one with the most posted offers), each for its
 * own validated representative, and the public page /statistiques (publicStatistics).
 *
 * Territories' and ministries' figures add up the steering facts, rebuilt every 45 s by the
 * server's job (lib/steering/facts-mutations.ts): `facts_refresh` times that rebuild. First visit:
 * the figures kept in memory cleared before each call (what the first visitor after each rebuild
 * pays; the database's pages stay in memory); the same while a rebuild runs in a loop beside it
 * (the worst case on a 2-core machine); warm: the figures in memory (every later visitor until the
 * next rebuild). Then each figure alone, first visit, to see which dominates.
 */

const TODAY = '2026-11-28';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SEED = Number(process.env.BENCH_SEED ?? 2019);

type Figure = 'offers' | 'groups' | 'applications' | 'areas' | 'weeks';
const FIGURES: Record<Figure, (actor: SessionUser, view: never, query: SteeringQuery, db: never) => Promise<unknown>> =
  {
    offers: offerFigures,
    groups: groupFigures,
    applications: applicationFigures,
    areas: areaFigures,
    weeks: weekBalance,
  };

/** A validated state representative of a scope (what loadSessionUser builds for one). */
const representative = (level: NonNullable<SessionUser['scope']>['level'], code: string | null): SessionUser => ({
  id: crypto.randomUUID(),
  email: `pilotage.${level}@bench.test`,
  firstName: 'Référent',
  lastName: level,
  role: 'state_rep',
  scope: { level, code, validated: true },
});

const started = performance.now();
const t = await createTestDb();
const db = t.db;
const kind = t.kind;
try {
  const dataset = await generateDataset(db, { today: TODAY, seed: SEED, scale: SCALE });
  const stepStart = performance.now();
  const steering = await insertSteeringData(db, dataset.campaign);
  const steeringSeconds = (performance.now() - stepStart) / 1000;
  console.log(`Base : ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} · ${formatCounts(dataset.counts)}`);
  console.log(
    `Génération : ${Object.entries({ ...dataset.durations, pilotage: steeringSeconds })
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
      .join(', ')} · ${formatCounts(steering)}`,
  );

  const [ministry] = rowsOf<{ id: string; offers: number }>(
    await db.execute(sql`select ministry_id as id, count(*)::int as offers from offers
      where status = 'published' and school_year = ${dataset.campaign.schoolYear} and ministry_id is not null
      group by ministry_id order by offers desc limit 1`),
  );
  if (!ministry) throw new Error('Aucune offre publique dans le jeu de données');
  const query: SteeringQuery = { schoolYear: dataset.campaign.schoolYear, filters: NO_FILTERS };
  const scopes: { name: string; actor: SessionUser; levels: Figure[] }[] = [
    {
      name: 'national',
      actor: representative('national', null),
      levels: ['applications', 'offers', 'groups', 'areas', 'weeks'],
    },
    {
      name: 'region_11',
      actor: representative('region', '11'),
      levels: ['applications', 'offers', 'groups', 'areas', 'weeks'],
    },
    {
      name: 'department_93',
      actor: representative('department', '93'),
      levels: ['applications', 'offers', 'groups', 'areas', 'weeks'],
    },
    { name: 'ministry', actor: representative('ministry', ministry.id), levels: ['applications', 'offers', 'groups'] },
  ];
  const views = new Map(scopes.map(({ name, actor }) => [name, homeView(actor)!]));

  // The actors are what the policy lets through, and no more.
  const refused = await openDashboard(scopes[2]!.actor, { level: 'region', code: '11' }, query, db);
  if (refused) throw new Error('Le référent de la Seine-Saint-Denis voit l’Île-de-France');
  for (const { name, actor } of scopes) {
    const dashboard = await openDashboard(actor, views.get(name)!, query, db);
    if (!dashboard) throw new Error(`Tableau de bord ${name} refusé`);
    const { applications, offers, areas } = dashboard;
    console.log(
      `${name} (${dashboard.view.name}) : ${formatCount(applications.applications.total.total)} candidatures, ` +
        `${formatCount(applications.confirmed.total.total)} stages confirmés, ${formatCount(applications.completed.total.total)} effectués` +
        (offers ? `, ${formatCount(offers.offers.total.seatsOffered)} places offertes` : '') +
        (areas ? `, ${formatCount(areas.total.pupils)} élèves (${areas.rows.length} lignes)` : ''),
    );
  }

  const national = scopes[0]!.actor;
  const inputs = <T>(input: T) => Array.from({ length: ITERATIONS }, () => input);
  const page = async (actor: SessionUser, view: SteeringView, filters: SteeringFilters = NO_FILTERS) => {
    const dashboard = await openDashboard(actor, view, { ...query, filters }, db);
    if (!dashboard) throw new Error(`Tableau de bord ${JSON.stringify(view)} refusé`);
    return dashboard.applications.applications.total.total;
  };
  const publicPage = async () => (await publicStatistics(query.schoolYear, db)).regions.length;

  // The facts' rebuild, what the job runs every 45 s (untimed first: the facts must exist anyway).
  await refreshSteeringFacts({}, db);
  const results: ScenarioResult[] = [
    await measure({
      name: 'facts_refresh',
      inputs: Array.from({ length: Math.max(3, Math.round(ITERATIONS / 8)) }, () => null),
      run: async () => {
        await refreshSteeringFacts({}, db);
        return 1;
      },
    }),
  ];

  /** Rebuilds the facts over and over while `run` runs: the pages' worst minute. */
  const duringRefresh = async <T>(run: () => Promise<T>): Promise<T> => {
    let stop = false;
    const loop = (async () => {
      while (!stop) await refreshSteeringFacts({}, db);
    })();
    try {
      return await run();
    } finally {
      stop = true;
      await loop;
    }
  };
  const firstVisit = (name: string, run: () => Promise<number>) =>
    measure({
      name,
      inputs: inputs(null),
      run: () => {
        clearSteeringCache(db);
        return run();
      },
    });

  console.log('\nTableaux de bord (première visite après une reconstruction, pendant, puis en mémoire) :');
  const scenarios: [string, () => Promise<number>][] = [
    ...scopes.map(({ name, actor }): [string, () => Promise<number>] => [
      `dashboard_${name}`,
      () => page(actor, views.get(name)!),
    ]),
    ['public_stats', publicPage],
  ];
  for (const [name, run] of scenarios) {
    results.push(await firstVisit(`${name}_first`, run));
    // PGlite answers one query at a time: a page waits for the whole rebuild, nothing to measure but its length.
    if (kind === 'postgres') results.push(await duringRefresh(() => firstVisit(`${name}_first_during_refresh`, run)));
    results.push(await measure({ name: `${name}_warm`, inputs: inputs(null), run }));
  }

  // The national dashboard filtered, a filter drawn in turn: public offers, REP+ pupils, one sector.
  const [sector] = rowsOf<{ id: string }>(
    await db.execute(sql`select sector_id as id from offers where sector_id is not null
      group by sector_id order by count(*) desc limit 1`),
  );
  const filterChoices: SteeringFilters[] = [
    { ...NO_FILTERS, kind: 'public' },
    { ...NO_FILTERS, network: 'rep_plus' },
    { ...NO_FILTERS, sectorId: sector!.id },
  ];
  results.push(
    await measure({
      name: 'dashboard_national_filtered_first',
      inputs: Array.from({ length: ITERATIONS }, (_, i) => filterChoices[i % filterChoices.length]!),
      run: (filters) => {
        clearSteeringCache(db);
        return page(national, { level: 'national' }, filters);
      },
      sizeLabel: 'candidatures',
    }),
  );

  // Each figure alone, first visit: which one a page waits for.
  console.log('\nChaque chiffre seul (première visite) :');
  const perFigure = Math.max(5, Math.round(ITERATIONS / 2));
  for (const { name, actor, levels } of scopes)
    for (const figure of levels) {
      const view = views.get(name)!;
      results.push(
        await measure({
          name: `${name}_${figure}_first`,
          inputs: Array.from({ length: perFigure }, () => view),
          run: async (v) => {
            clearSteeringCache(db);
            const read = await FIGURES[figure](actor, v as never, query, db as never);
            if (!read) throw new Error(`${figure} de ${name} refusé`);
            return 1;
          },
        }),
      );
    }

  for (const result of results)
    emitFigure('dashboards', kind, result.name, { p50_ms: result.p50, p95_ms: result.p95, n: result.iterations });
  console.log(`\nRésultats (${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, aujourd’hui = ${TODAY}) :\n`);
  printTable(results);

  if (process.env.BENCH_PLANS === '1' && kind === 'postgres') {
    // Every statement of the national and regional dashboards, first visit, timed by EXPLAIN ANALYZE.
    const pool = (db as unknown as { $client: pg.Pool }).$client;
    for (const { name, actor } of scopes.slice(0, 2)) {
      clearSteeringCache(db);
      const { queries } = await captureQueries(() => page(actor, views.get(name)!));
      console.log(`\nPlans : ${name} (${queries.length} requêtes)`);
      for (const { text, values } of queries) {
        const plan = await pool.query<{ 'QUERY PLAN': string }>({
          text: `explain (analyze, buffers) ${text}`,
          values,
        });
        const lines = plan.rows.map((row) => row['QUERY PLAN']);
        const execution = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? 0);
        console.log(`\n-- ${execution.toFixed(1)} ms : ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
        if (execution >= 15) console.log(`${text}\n-- ${JSON.stringify(values)}\n${lines.join('\n')}`);
      }
    }
  }
  console.log(`\nDurée totale : ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await closeBenchDb(t);
}
