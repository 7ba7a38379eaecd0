import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/migrate';
import { createTestDb } from '@/db/testing';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { listManagedOffers } from '@/lib/offers/dashboard-queries';
import { DEFAULT_DASHBOARD_PARAMS } from '@/lib/offers/dashboard-schemas';
import { weekDemand } from '@/lib/offers/demand-queries';
import { haversineKm } from '@/lib/geo/distance';
import { findOfferForViewer } from '@/lib/offers/offer-page-queries';
import { notifyOffersOutOfSearch } from '@/lib/offers/out-of-search-mutations';
import { searchOffersForPupil, searchOffersAround } from '@/lib/offers/search-queries';
import { DEMAND_RADIUS_KM } from '@/lib/offers/rules';
import { pageCount } from '@/lib/pagination';
import { generateDataset, type Dataset } from './support/dataset';
import { Grid } from './support/grid';
import { formatCount, formatCounts, measure, printTable, type Scenario, type ScenarioResult } from './support/measure';
import { createRandom } from './support/random';
import { schoolGroups } from './support/school-groups';

/*
 * `npm run bench:offers`: the offer search, the host dashboard, the offer page, the week demand and
 * the out-of-search sweep on a national-scale campaign, in a throwaway database (in-memory PGlite,
 * or a database created then dropped on the PostgreSQL server of DATABASE_URL).
 * BENCH_ITERATIONS (60), BENCH_SCALE (1) and BENCH_SEED (2019) change the run.
 */

const TODAY = '2026-11-28';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 60);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SEED = Number(process.env.BENCH_SEED ?? 2019);
const PARIS = { lat: 48.8566, lng: 2.3522 };

const started = performance.now();
const t = await createTestDb();
try {
  const [{ version }] = rowsOf<{ version: string }>(await t.db.execute(sql`select version()`)) as [{ version: string }];
  console.log(
    `Base : ${t.kind === 'postgres' ? 'PostgreSQL, base jetable sur le serveur de DATABASE_URL' : 'PGlite en mémoire'} (${version.split(' on ')[0]})`,
  );
  const migrated = performance.now();
  console.log(`Migrations et données de référence : ${seconds(migrated - started)}`);
  const dataset = await generateDataset(t.db, { today: TODAY, seed: SEED, scale: SCALE });
  const generated = performance.now();
  console.log(`Jeu de données (graine ${SEED}, échelle ${SCALE}) généré en ${seconds(generated - migrated)} :`);
  console.log(`  ${formatCounts(dataset.counts)}`);
  console.log(`  plus grande structure : ${formatCount(dataset.bigOrganisation.offerCount)} offres`);
  console.log(`  mémoire du processus après génération : RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} Mo\n`);

  const results = await runScenarios(dataset);
  console.log(`\nRésultats (${t.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, aujourd’hui = ${TODAY}) :\n`);
  printTable(results);
  console.log(`\nDurée totale : ${seconds(performance.now() - started)}`);
} finally {
  await t.close();
}

async function runScenarios(dataset: Dataset): Promise<ScenarioResult[]> {
  const db = t.db;
  // Inputs come from their own generator: changing a scenario does not change the data.
  const random = createRandom(SEED + 1);
  const times = <T>(make: () => T) => Array.from({ length: ITERATIONS }, make);
  const actor = async (id: string) => {
    const user = await loadSessionUser(id, db);
    if (!user) throw new Error(`Compte ${id} introuvable`);
    return user;
  };
  const authorisedPupil = (school: Dataset['schools'][number]) =>
    random.pick(school.classes.flatMap((c) => c.pupils).filter((pupil) => pupil.consent)).id;
  const pupilsOf = (schools: Dataset['schools']) =>
    Promise.all(times(() => actor(authorisedPupil(random.pick(schools)))));

  const { dense, sparse, national } = schoolGroups(dataset);

  const search = async (pupil: SessionUser, page = 1) => {
    const result = await searchOffersForPupil(pupil, {}, { page, today: TODAY }, db);
    if (!result.ok) throw new Error(`Recherche refusée : ${result.message}`);
    return result.data.total;
  };
  const published = dataset.offers.filter((offer) => offer.status === 'published');
  const publicTotal = (await searchOffersAround(null, {}, { page: 1, today: TODAY }, db)).total;
  const lastPage = pageCount(publicTotal, 'offerSearch');
  const demand = async (place: { lat: number; lng: number }) =>
    (await weekDemand(place, dataset.campaign.schoolYear, TODAY, db)).reduce(
      (sum, week) => sum + week.pupilsWithoutPlacement,
      0,
    );
  const nearParis = published.filter((offer) => haversineKm(offer, PARIS) <= 20);

  const host = await actor(dataset.bigOrganisation.hostUserId);
  const dashboardPages = pageCount(
    (await listManagedOffers(host, DEFAULT_DASHBOARD_PARAMS, TODAY, db)).total,
    'offerDashboard',
  );
  const dashboard = async (params: typeof DEFAULT_DASHBOARD_PARAMS) =>
    (await listManagedOffers(host, params, TODAY, db)).total;

  // A pupil opening an offer from their own results: published, near their collège, not reserved for another one.
  const grid = new Grid(published.filter((offer) => !offer.isReserved));
  const viewings = await Promise.all(
    times(async () => {
      const school = random.pick(dense.length && random.chance(0.5) ? dense : sparse);
      const around = grid.within(school.place, DEMAND_RADIUS_KM);
      return {
        pupil: await actor(authorisedPupil(school)),
        offerId: random.pick(around.length ? around : published).id,
      };
    }),
  );

  const results: ScenarioResult[] = [];
  const add = async <I>(scenario: Scenario<I>) => results.push(await measure(scenario));
  console.log('Scénarios :');
  await add({
    name: 'searchOffersForPupil, Paris et petite couronne',
    inputs: await pupilsOf(dense),
    run: (pupil) => search(pupil),
    sizeLabel: 'offres trouvées',
  });
  await add({
    name: 'searchOffersForPupil, zones peu denses',
    inputs: await pupilsOf(sparse),
    run: (pupil) => search(pupil),
    sizeLabel: 'offres trouvées',
  });
  if (national.length)
    await add({
      name: 'searchOffersForPupil, recherche nationale',
      inputs: await pupilsOf(national),
      run: (pupil) => search(pupil),
      sizeLabel: 'offres trouvées',
    });
  await add({
    name: 'searchOffersAround, page 1',
    inputs: times(() => 1),
    run: async () => (await searchOffersAround(null, {}, { page: 1, today: TODAY }, db)).items.length,
    sizeLabel: 'offres affichées',
  });
  await add({
    name: 'searchOffersAround, pages profondes',
    inputs: times(() => random.int(Math.ceil(lastPage / 2), lastPage)),
    run: async (page) => (await searchOffersAround(null, {}, { page, today: TODAY }, db)).items.length,
    sizeLabel: 'offres affichées',
  });
  await add({
    name: 'weekDemand, lieux d’offres au hasard',
    inputs: times(() => random.pick(published)),
    run: demand,
    sizeLabel: 'élèves sans stage',
  });
  if (nearParis.length)
    await add({
      name: 'weekDemand, Paris (20 km)',
      inputs: times(() => random.pick(nearParis)),
      run: demand,
      sizeLabel: 'élèves sans stage',
    });
  await add({
    name: `listManagedOffers, ${formatCount(dataset.bigOrganisation.offerCount)} offres, tri par défaut`,
    inputs: times(() => random.int(1, dashboardPages)),
    run: (page) => dashboard({ ...DEFAULT_DASHBOARD_PARAMS, page }),
    sizeLabel: 'offres listées',
  });
  await add({
    name: `listManagedOffers, ${formatCount(dataset.bigOrganisation.offerCount)} offres, tri par places`,
    inputs: times(() => ({ page: random.int(1, dashboardPages), dir: random.pick(['asc', 'desc'] as const) })),
    run: (input) => dashboard({ ...DEFAULT_DASHBOARD_PARAMS, sort: 'seats', ...input }),
    sizeLabel: 'offres listées',
  });
  await add({
    name: 'findOfferForViewer, élève',
    inputs: viewings,
    run: async ({ pupil, offerId }) => {
      const offer = await findOfferForViewer(pupil, offerId, TODAY, db);
      if (!offer) throw new Error(`Offre ${offerId} invisible pour l’élève ${pupil.id}`);
      return offer.weeks.length;
    },
    sizeLabel: 'semaines affichées',
  });
  const now = new Date(`${TODAY}T10:00:00Z`);
  await add({
    name: 'notifyOffersOutOfSearch, premier passage',
    inputs: [TODAY],
    run: () => notifyOffersOutOfSearch(TODAY, now, db),
    warmup: 0,
    sizeLabel: 'offres signalées',
  });
  // The scheduled tick runs again and again with nothing new to tell: its steady-state cost.
  await add({
    name: 'notifyOffersOutOfSearch, passages suivants',
    inputs: Array<string>(10).fill(TODAY),
    run: () => notifyOffersOutOfSearch(TODAY, now, db),
    warmup: 1,
    sizeLabel: 'offres signalées',
  });
  return results;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
