import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/migrate';
import * as s from '@/db/schema';
import { createTestDb } from '@/db/testing';
import { answerApplication } from '@/lib/applications/answer-mutations';
import { listInbox } from '@/lib/applications/inbox-queries';
import { DEFAULT_INBOX_PARAMS, type InboxParams } from '@/lib/applications/inbox-schemas';
import { apply, confirmApplication } from '@/lib/applications/mutations';
import { loadSessionUser } from '@/lib/auth/queries';
import type { SessionUser } from '@/lib/auth/types';
import { seatCounterDrift } from '@/lib/offers/seat-counters-queries';
import { eligibleSchool } from '@/lib/schools/queries';
import { generateDataset } from './support/dataset';
import { emitFigure } from './support/figures';
import { formatCounts, measure, percentile, printTable, type ScenarioResult } from './support/measure';
import { closeBenchDb } from './support/server-database';

/*
 * `npm run bench:applications`: issue 11 at national scale (the dataset of bench:search). The host
 * inbox of the largest organisation (1 000 offers) topped up to 10 000 applications, then apply,
 * accept and confirm each run by 20 concurrent clients through the domain functions, on PGlite by
 * default and on PostgreSQL when DATABASE_URL is set. One JSON line per figure, then a table.
 * BENCH_ITERATIONS (100 inbox reads), BENCH_CLIENTS (20), BENCH_JOURNEYS (400), BENCH_SCALE (1),
 * BENCH_KEEP_DB (1: keeps the PostgreSQL database, to read plans by hand).
 */

const TODAY = '2026-11-28';
const NOW = new Date(`${TODAY}T10:00:00Z`);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const JOURNEYS = Number(process.env.BENCH_JOURNEYS ?? 400);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const INBOX_APPLICATIONS = Math.round(10_000 * SCALE);
// Twenty clients at once need twenty connections, or the pool's queue is what gets measured.
process.env.DATABASE_POOL_SIZE ??= String(CLIENTS);

const started = performance.now();
const t = await createTestDb();
const db = t.db;
const kind = t.kind;
const actor = async (id: string) => (await loadSessionUser(id, db)) as SessionUser;
try {
  const dataset = await generateDataset(db, { today: TODAY, scale: SCALE });
  console.log(`Base : ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} · ${formatCounts(dataset.counts)}`);
  const big = dataset.bigOrganisation;
  const added = await topUpInbox(big.id, INBOX_APPLICATIONS);
  console.log(
    `Structure la plus grande : ${big.offerCount} offres, ${added} candidatures ajoutées pour en avoir ${INBOX_APPLICATIONS}`,
  );

  const host = await actor(big.hostUserId);
  const inbox = (params: InboxParams) => async () => (await listInbox(host, params, db))!.total;
  const results: ScenarioResult[] = [];
  for (const [name, params] of [
    ['host_inbox', DEFAULT_INBOX_PARAMS],
    ['host_inbox_all_by_week', { ...DEFAULT_INBOX_PARAMS, status: 'all', sort: 'week', dir: 'asc' }],
    ['host_inbox_page_50', { ...DEFAULT_INBOX_PARAMS, status: 'all', page: 50 }],
  ] as const)
    results.push(
      await measure({
        name,
        inputs: Array.from({ length: ITERATIONS }, () => params as InboxParams),
        run: (p) => inbox(p)(),
        sizeLabel: 'candidatures',
      }),
    );
  for (const result of results)
    emitFigure('applications', kind, result.name, { p50_ms: result.p50, p95_ms: result.p95, n: result.iterations });

  // One pupil, one offer of the big organisation with one seat on one of the pupil's class's weeks.
  const journeys = await prepareJourneys(big.id, JOURNEYS);
  const pupils = await Promise.all(journeys.map((j) => actor(j.pupilId)));
  const concurrent = [] as { name: string; p50: number; p95: number; n: number; perSecond: number }[];
  const phases: [string, (i: number) => Promise<{ ok: boolean; message?: string }>][] = [
    [
      'apply',
      async (i) => {
        const result = await apply(
          pupils[i]!,
          {
            offerId: journeys[i]!.offerId,
            week: journeys[i]!.week,
            motivation: 'Lettre de motivation du banc d’essai, assez longue pour être acceptée par le formulaire.',
          },
          { today: TODAY, now: NOW },
          db,
        );
        if (result.ok) journeys[i]!.applicationId = result.data.applicationId;
        return result;
      },
    ],
    [
      'accept',
      (i) => answerApplication(host, journeys[i]!.applicationId!, { kind: 'accept' }, { today: TODAY, now: NOW }, db),
    ],
    ['confirm', (i) => confirmApplication(pupils[i]!, journeys[i]!.applicationId!, { today: TODAY, now: NOW }, db)],
  ];
  for (const [name, run] of phases) {
    const figure = await underLoad(name, journeys.length, run);
    concurrent.push(figure);
    emitFigure('applications', kind, name, {
      p50_ms: figure.p50,
      p95_ms: figure.p95,
      n: figure.n,
      per_s: figure.perSecond,
      clients: CLIENTS,
    });
  }
  const drift = await seatCounterDrift(db);
  if (drift.length) throw new Error(`Compteurs de places faux après le banc : ${drift.length} écarts`);

  console.log(`\nRésultats (${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}) :\n`);
  printTable(results);
  console.log(
    `\n| Opération (${CLIENTS} clients à la fois) | n | p50 (ms) | p95 (ms) | par seconde |\n| --- | ---: | ---: | ---: | ---: |`,
  );
  for (const f of concurrent)
    console.log(`| ${f.name} | ${f.n} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.perSecond.toFixed(0)} |`);
  console.log(
    `\nDurée totale : ${((performance.now() - started) / 1000).toFixed(1)} s ; compteurs de places égaux aux candidatures`,
  );
} finally {
  await closeBenchDb(t);
}

/** Adds submitted applications of random authorised pupils to the organisation's offers until it has `target`. */
async function topUpInbox(organisationId: string, target: number): Promise<number> {
  const [{ n }] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from applications a join offers o on o.id = a.offer_id where o.organisation_id = ${organisationId}`,
    ),
  ) as [{ n: number }];
  if (n >= target) return 0;
  // Pupil k applies to offer week k modulo their number: one application per pupil, none twice.
  await db.execute(sql`
    insert into applications (pupil_id, offer_id, week, motivation, created_at, updated_at)
    select p.user_id, ow.offer_id, ow.week, 'Candidature du banc d’essai.', now() - random() * interval '14 days', now()
    from (select offer_id, week, row_number() over (order by offer_id, week) - 1 as k, count(*) over () as total
          from offer_weeks where offer_id in (select id from offers where organisation_id = ${organisationId})) ow
    join (select user_id, row_number() over (order by user_id) - 1 as k from pupils
          where parental_consent_at is not null limit ${target - n}) p on p.k % ow.total = ow.k
    on conflict do nothing`);
  const [{ m }] = rowsOf<{ m: number }>(
    await db.execute(
      sql`select count(*)::int as m from applications a join offers o on o.id = a.offer_id where o.organisation_id = ${organisationId}`,
    ),
  ) as [{ m: number }];
  return m - n;
}

/** `count` authorised pupils of eligible schools without a confirmed internship, each with an offer of their own. */
async function prepareJourneys(organisationId: string, count: number) {
  const rows = rowsOf<{ pupilId: string; week: string }>(
    await db.execute(sql`
      select p.user_id as "pupilId", min(w.week)::text as week
      from pupils p
      join schools on schools.id = p.school_id
      join class_internship_weeks w on w.class_id = p.class_id and w.week > ${TODAY}
      where p.parental_consent_at is not null and schools.registered_at is not null and ${eligibleSchool}
        and not exists (select 1 from applications a where a.pupil_id = p.user_id and a.status = 'confirmed')
      group by p.user_id
      order by p.user_id
      limit ${count}`),
  );
  const [template] = await db
    .select()
    .from(s.offers)
    .where(and(eq(s.offers.organisationId, organisationId), eq(s.offers.status, 'published')))
    .limit(1);
  const { id: _id, seatsHeld: _held, searchVector: _vector, openWeeks: _open, ...copy } = template!;
  const journeys = rows.map((row) => ({ ...row, offerId: randomUUID(), applicationId: null as string | null }));
  await db
    .insert(s.offers)
    .values(journeys.map((j) => ({ ...copy, id: j.offerId, seatsPerWeek: 1, seatsPerYear: 1, isReserved: false })));
  await db.insert(s.offerWeeks).values(journeys.map((j) => ({ offerId: j.offerId, week: j.week })));
  if (journeys.length < count) console.log(`  seulement ${journeys.length} élèves disponibles`);
  return journeys;
}

/** Runs `run(0..n-1)` by CLIENTS workers at once; every call must succeed (a refusal is a broken benchmark). */
async function underLoad(name: string, n: number, run: (i: number) => Promise<{ ok: boolean; message?: string }>) {
  const durations: number[] = [];
  let next = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < n; i = next++) {
        const start = performance.now();
        const result = await run(i);
        durations.push(performance.now() - start);
        if (!result.ok) throw new Error(`${name} refusé : ${result.message}`);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  durations.sort((a, b) => a - b);
  return { name, p50: percentile(durations, 0.5), p95: percentile(durations, 0.95), n, perSecond: n / seconds };
}
