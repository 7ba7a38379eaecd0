import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type pg from 'pg';
import { rowsOf } from '@/db/migrate';
import { users } from '@/db/schema';
import { createTestDb } from '@/db/testing';
import { hashPassword } from '@/lib/auth/password';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { seatCounterDrift } from '@/lib/offers/seat-counters-queries';
import { searchOffersAround, searchOffersForPupil } from '@/lib/offers/search-queries';
import { generateDataset, type Dataset } from './support/dataset';
import { benchEmail } from './support/fixtures';
import { loadTest } from './support/http-load';
import { formatCounts, measure, measureInterleaved, printTable, type ScenarioResult } from './support/measure';
import { firstLoadScripts } from './support/page-weight';
import {
  addGeography,
  captureQueries,
  postgisConnection,
  replay,
  toPostgis,
  type CapturedQuery,
} from './support/postgis';
import { createRandom } from './support/random';
import { schoolGroups } from './support/school-groups';
import { emitFigure } from './support/figures';
import { signIn, startServer } from './support/server';
import { closeBenchDb, serverDatabase } from './support/server-database';

/*
 * `npm run bench:search`: the offer search of issue 10 at national scale (60 000 offers of 3 weeks,
 * 250 000 pupils, 400 000 applications), its PostGIS form for comparison (PostgreSQL), then the
 * search page served by the production build under load next to /api/health, and its JavaScript.
 * One JSON line per figure ({"bench":"search",...}), then a table. BENCH_ITERATIONS (100),
 * BENCH_SCALE (1), BENCH_SEED (2019), BENCH_PORT (3240), BENCH_LOAD_SECONDS (20), BENCH_PAGE (1: 0
 * skips the server), BENCH_PLANS (0: 1 prints EXPLAIN ANALYZE of each search, PostgreSQL).
 */

const TODAY = '2026-11-28';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SEED = Number(process.env.BENCH_SEED ?? 2019);
const PORT = Number(process.env.BENCH_PORT ?? 3240);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONNECTIONS = 20;
/** The signed-in pupil of the page measurements gets this password, hashed by the app. */
const PUPIL_PASSWORD = 'banc-d-essai-recherche';

const started = performance.now();
const t = await createTestDb();
const db = t.db;
const kind = t.kind;
try {
  const [{ version }] = rowsOf<{ version: string }>(await db.execute(sql`select version()`)) as [{ version: string }];
  console.log(
    `Base : ${kind === 'postgres' ? 'PostgreSQL, base jetable' : 'PGlite en mémoire'} (${version.split(' on ')[0]})`,
  );
  const migrated = performance.now();
  const dataset = await generateDataset(db, { today: TODAY, seed: SEED, scale: SCALE });
  const generated = performance.now();
  console.log(`Jeu de données (graine ${SEED}, échelle ${SCALE}) généré en ${seconds(generated - migrated)} :`);
  console.log(`  ${formatCounts(dataset.counts)}`);
  console.log(
    `  ${Object.entries(dataset.durations)
      .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
      .join(' · ')}`,
  );
  const drift = await seatCounterDrift(db);
  console.log(`  compteurs de places tenues : ${drift.length ? `${drift.length} ÉCARTS` : 'égaux aux candidatures'}`);
  if (drift.length) throw new Error(`Compteurs faux après génération : ${JSON.stringify(drift.slice(0, 5))}`);

  const random = createRandom(SEED + 1);
  const { dense, sparse, national } = schoolGroups(dataset);
  const authorisedPupil = (school: Dataset['schools'][number]) =>
    random.pick(school.classes.flatMap((c) => c.pupils).filter((pupil) => pupil.consent)).id;
  const actor = async (id: string) => (await loadSessionUser(id, db)) ?? fail(`Compte ${id} introuvable`);
  const pupilsOf = (schools: Dataset['schools']) =>
    Promise.all(Array.from({ length: ITERATIONS }, () => actor(authorisedPupil(random.pick(schools)))));

  console.log('\nRequêtes :');
  const results: ScenarioResult[] = [];
  const densePupils = await pupilsOf(dense);
  results.push(
    ...(kind === 'postgres'
      ? await measureWithPostgis(densePupils)
      : [
          await measure({
            name: 'pupil_search_query',
            inputs: densePupils,
            run: pupilSearch,
            sizeLabel: 'offres trouvées',
          }),
        ]),
  );
  results.push(
    await measure({
      name: 'pupil_search_query_sparse',
      inputs: await pupilsOf(sparse),
      run: pupilSearch,
      sizeLabel: 'offres trouvées',
    }),
  );
  if (national.length)
    results.push(
      await measure({
        name: 'pupil_search_national',
        inputs: await pupilsOf(national),
        run: pupilSearch,
        sizeLabel: 'offres trouvées',
      }),
    );
  results.push(
    await measure({
      name: 'visitor_list',
      inputs: Array.from({ length: ITERATIONS }, () => 1),
      run: visitorList,
      sizeLabel: 'offres trouvées',
    }),
  );

  if (process.env.BENCH_PLANS === '1' && kind === 'postgres')
    await printPlans({
      dense: densePupils[0]!,
      national: national.length ? await actor(authorisedPupil(national[0]!)) : null,
    });

  for (const result of results)
    emitFigure('search', kind, result.name, { p50_ms: result.p50, p95_ms: result.p95, n: result.iterations });
  console.log(`\nRésultats (${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, aujourd’hui = ${TODAY}) :\n`);
  printTable(results);

  if (process.env.BENCH_PAGE !== '0') await measurePage(authorisedPupilIndex(dataset, dense));
  console.log(`\nDurée totale : ${seconds(performance.now() - started)}`);
} finally {
  await closeBenchDb(t);
}

async function pupilSearch(pupil: SessionUser): Promise<number> {
  // The page's defaults: the class's weeks, the school's radius, nearest first.
  const result = await searchOffersForPupil(pupil, {}, { page: 1, today: TODAY }, db);
  if (!result.ok) throw new Error(`Recherche refusée : ${result.message}`);
  return result.data.total;
}

async function visitorList(page: number): Promise<number> {
  // A visitor who typed no place: all of France, newest first.
  return (await searchOffersAround(null, {}, { page, today: TODAY }, db)).total;
}

/**
 * The dense-area search and its PostGIS form (the same statements, captured from the app's function,
 * with ST_DWithin on a GiST-indexed geography in place of the box and haversine), taking turns
 * pupil by pupil so that the machine's noise falls on both alike.
 */
async function measureWithPostgis(pupils: SessionUser[]): Promise<ScenarioResult[]> {
  await addGeography(db);
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  // One pupil at a time: the capture sees every statement sent meanwhile.
  const forms: CapturedQuery[][] = [];
  for (const pupil of pupils) forms.push(toPostgis((await captureQueries(() => pupilSearch(pupil))).queries));
  const client = await postgisConnection(pool);
  try {
    await checkSameOffers(client, pupils[0]!, forms[0]!);
    const inputs = pupils.map((_, index) => index);
    return await measureInterleaved([
      { name: 'pupil_search_query', inputs, run: (index) => pupilSearch(pupils[index]!), sizeLabel: 'offres trouvées' },
      {
        name: 'pupil_search_query_postgis',
        inputs,
        run: async (index) => (await replay(client, forms[index]!)).length,
        sizeLabel: 'requêtes',
      },
    ]);
  } finally {
    // Closed rather than returned: the pool would hand its `jit = off` to the app's next queries.
    client.release(true);
  }
}

/** The PostGIS statements find what the app's find, for the first pupil (else the comparison is void). */
async function checkSameOffers(client: pg.PoolClient, pupil: SessionUser, postgis: CapturedQuery[]) {
  const { queries } = await captureQueries(() => pupilSearch(pupil));
  const ids = (rows: unknown[][]) =>
    JSON.stringify(rows.map((statement) => statement.map((row) => (row as unknown[])[0])));
  const same = ids(await replay(client, queries)) === ids(await replay(client, postgis));
  console.log(
    `  forme PostGIS : ${postgis.length} requêtes, ${same ? 'mêmes offres que la recherche' : 'RÉSULTATS DIFFÉRENTS'}`,
  );
}

async function printPlans(pupils: { dense: SessionUser; national: SessionUser | null }) {
  const calls: [string, () => Promise<number>][] = [
    ['pupil_search_query', () => pupilSearch(pupils.dense)],
    ...(pupils.national
      ? [['pupil_search_national', () => pupilSearch(pupils.national!)] as [string, () => Promise<number>]]
      : []),
    ['visitor_list', () => visitorList(1)],
  ];
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  for (const [name, call] of calls) {
    const { queries } = await captureQueries(call);
    for (const [index, { text, values }] of queries.entries()) {
      const plan = await pool.query({ text: `explain (analyze, buffers) ${text}`, values });
      console.log(`\n--- ${name}, requête ${index + 1}\n${text}\n${JSON.stringify(values)}`);
      for (const row of plan.rows) console.log(row['QUERY PLAN']);
    }
  }
}

/** A dense-area pupil with a parental authorisation, as an index among all pupils (their e-mail). */
function authorisedPupilIndex(dataset: Dataset, dense: Dataset['schools']): { id: string; email: string } {
  let index = 0;
  const target = dense[0]!;
  for (const school of dataset.schools)
    for (const schoolClass of school.classes)
      for (const pupil of schoolClass.pupils) {
        if (school === target && pupil.consent) return { id: pupil.id, email: benchEmail('eleve', index) };
        index++;
      }
  throw new Error('Aucun élève autorisé dans la zone dense');
}

/**
 * The search page of the production build, signed in as a dense-area pupil, under load next to
 * /api/health in the same run; then its JavaScript as a browser downloads it.
 */
async function measurePage(pupil: { id: string; email: string }) {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.log('\nPage : pas de compilation (.next) — lancer `npm run build` d’abord ; mesure de la page sautée.');
    return;
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(PUPIL_PASSWORD) })
    .where(eq(users.id, pupil.id));
  const target = await serverDatabase(t);
  const server = await startServer(
    PORT,
    {
      ...process.env,
      ...target.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0',
      AUTH_TRUST_HOST: 'true',
      LOG_LEVEL: 'warn',
      MAP_TILE_URL: '',
      GEOCODER: 'offline',
      DEMO: '',
    },
    `/tmp/bench-search-server-${process.pid}.log`,
  );
  try {
    const cookie = await signIn(server.baseUrl, pupil.email, PUPIL_PASSWORD);
    const page = `${server.baseUrl}/offres`;
    const warm = await loadTest(page, { connections: 2, durationS: 3, headers: { cookie } });
    if (warm.errors) throw new Error(`/offres répond autre chose que 200 (${warm.errors} sur ${warm.requests})`);
    console.log(`\nCharge (${CONNECTIONS} connexions, ${LOAD_SECONDS} s chacune) :`);
    const health = await loadTest(`${server.baseUrl}/api/health`, {
      connections: CONNECTIONS,
      durationS: LOAD_SECONDS,
    });
    const search = await loadTest(page, { connections: CONNECTIONS, durationS: LOAD_SECONDS, headers: { cookie } });
    const late = Date.now() - server.readyAt > 60_000;
    for (const [name, load] of [
      ['health', health],
      ['search_page', search],
    ] as const) {
      emitFigure('search', kind, name, { rps: load.rps, p95_ms: load.p95, n: load.requests, errors: load.errors });
      console.log(
        `  ${name} : ${load.rps.toFixed(1)} req/s, p50 ${load.p50.toFixed(0)} ms, p95 ${load.p95.toFixed(0)} ms, ${load.requests} requêtes, ${load.errors} erreurs`,
      );
    }
    if (late)
      console.log('  (les tâches planifiées du serveur ont pu démarrer pendant la mesure : plus d’une minute écoulée)');
    const weight = await firstLoadScripts(page, cookie);
    emitFigure('search', kind, 'search_page_js_kb', { kb: weight.scriptBytes / 1024, scripts: weight.scripts });
    console.log(
      `  JavaScript chargé par /offres (compressé, y compris ce qui arrive après la page) : ${(weight.scriptBytes / 1024).toFixed(1)} Ko en ${weight.scripts} fichiers`,
    );
  } finally {
    await server.stop();
    await target.release();
  }
}

function fail(message: string): never {
  throw new Error(message);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
