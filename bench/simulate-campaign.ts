import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createTestDb } from '@/db/testing';
import {
  SCENARIO_LABELS,
  SCENARIOS,
  shareFilled,
  type AreaFigures,
  type Scenario,
  type ScenarioResult,
  type SimulationResult,
} from '@/lib/simulation/result';
import { simulateCampaign } from './simulation/engine';
import { MODEL } from './simulation/model';
import { emitFigure } from './support/figures';
import { formatCount } from './support/measure';
import { closeBenchDb } from './support/server-database';

/*
 * `npm run simulate:campaign [-- --seed 2019 --scale 1 --out resultat.json]`: plays the campaign of
 * bench/simulation in both scenarios (a: collèges and hosts choose their weeks without coordination;
 * b: collèges follow the week picker's suggestions, hosts the demand hints), each in its own process
 * and throwaway database, same seed, side by side, and prints per scenario the seats offered and filled, the pupils
 * placed and without a placement within 60 km, the median distance, nationally and by department,
 * then the ratio (b)/(a): one JSON line per figure ({"bench":"simulation",...}), then tables. PGlite
 * by default, PostgreSQL with DATABASE_URL. --out writes the result the admin loads into a simulated
 * campaign (/admin/simulations). Assumptions: bench/README.md, « Simulation de campagne ».
 */

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '2019' },
    scale: { type: 'string', default: '1' },
    out: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
    // Internal: the child process playing one scenario, and where it writes its result.
    scenario: { type: 'string' },
    part: { type: 'string' },
  },
});
const seed = Number(args.seed);
const scale = Number(args.scale);
if (!Number.isInteger(seed) || !(scale > 0 && scale <= 1)) {
  console.error('Usage : npm run simulate:campaign -- [--seed ENTIER] [--scale 0.01..1] [--out fichier.json]');
  process.exit(2);
}

const FIGURES: { key: keyof AreaFigures; name: string; label: string }[] = [
  { key: 'seatsOffered', name: 'seats_offered', label: 'Places offertes' },
  { key: 'seatsFilled', name: 'seats_filled', label: 'Places pourvues' },
  { key: 'pupils', name: 'pupils', label: 'Élèves pouvant chercher' },
  { key: 'pupilsPlaced', name: 'pupils_placed', label: 'Élèves placés' },
  {
    key: 'pupilsWithoutPlacementWithin60Km',
    name: 'pupils_without_placement_60km',
    label: 'Élèves sans stage à 60 km',
  },
  { key: 'medianDistanceKm', name: 'median_distance_km', label: 'Distance médiane (km)' },
];

const started = performance.now();
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** One scenario in its own throwaway database, its result written to `part` (a child process). */
async function playScenario(scenario: Scenario, part: string): Promise<void> {
  const t = await createTestDb();
  // A throwaway database: no commit waits for its write-ahead log to reach the disk (the machine's
  // disk, not the domain, bounded the run). Connections opened from now on take it.
  if (t.kind === 'postgres')
    await t.db.execute(
      sql`do $$ begin execute format('alter database %I set synchronous_commit = off', current_database()); end $$`,
    );
  const scenarioStart = performance.now();
  try {
    const { result, counts } = await simulateCampaign(t.db, {
      seed,
      scale,
      scenario,
      concurrency: Number(args.concurrency),
      progress: (line) => console.error(line),
    });
    const seconds = (performance.now() - scenarioStart) / 1000;
    emitFigure('simulation', kind, `${scenario}_duration`, {
      s: seconds,
      domain_calls: counts.domainCalls,
      per_s: counts.domainCalls / seconds,
    });
    const { seconds: phases, ...activity } = counts;
    emitFigure('simulation', kind, `${scenario}_activity`, activity);
    emitFigure('simulation', kind, `${scenario}_phases_s`, phases);
    writeFileSync(part, JSON.stringify(result));
  } finally {
    await closeBenchDb(t);
  }
}

if (args.scenario) {
  await playScenario(args.scenario as Scenario, args.part!);
  process.exit(0);
}

// Both scenarios at once, each in its own process: the machine's two cores, and a Node event loop each.
const folder = mkdtempSync(path.join(tmpdir(), 'simulation-'));
const scenarios = Object.fromEntries(
  await Promise.all(
    SCENARIOS.map(async (scenario) => {
      const part = path.join(folder, `${scenario}.json`);
      const child = spawn(
        process.execPath,
        [...process.execArgv, process.argv[1]!, ...process.argv.slice(2), '--scenario', scenario, '--part', part],
        { stdio: 'inherit' },
      );
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      if (code !== 0) throw new Error(`Le scénario ${scenario} a échoué (code ${code}).`);
      return [scenario, JSON.parse(readFileSync(part, 'utf8')) as ScenarioResult];
    }),
  ),
) as SimulationResult['scenarios'];
rmSync(folder, { recursive: true, force: true });

const result: SimulationResult = {
  version: 1,
  seed,
  scale,
  schoolYear: MODEL.schoolYear,
  finishedAt: new Date().toISOString(),
  scenarios,
};
const emitArea = (area: string, pick: (scenario: Scenario) => AreaFigures | undefined) => {
  for (const scenario of SCENARIOS) {
    const figures = pick(scenario);
    if (!figures) continue;
    const values = Object.fromEntries(FIGURES.map(({ key, name }) => [name, figures[key] ?? -1]));
    emitFigure('simulation', kind, `${scenario}_${area}`, { ...values, share_filled_pct: 100 * shareFilled(figures) });
  }
  const [a, b] = [pick('a'), pick('b')];
  if (a && b)
    emitFigure('simulation', kind, `ratio_b_a_${area}`, {
      seats_filled_pct: percentRatio(b.seatsFilled, a.seatsFilled),
      pupils_placed_pct: percentRatio(b.pupilsPlaced, a.pupilsPlaced),
    });
};
const percentRatio = (b: number, a: number) => (a === 0 ? -1 : (100 * b) / a);

emitArea('national', (scenario) => scenarios[scenario].national);
const departments = [...new Set(SCENARIOS.flatMap((scenario) => Object.keys(scenarios[scenario].departments)))].sort();
for (const code of departments) emitArea(`department_${code}`, (scenario) => scenarios[scenario].departments[code]);

console.log(
  `\nSimulation de campagne · graine ${seed} · échelle ${scale} · ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}`,
);
console.table(
  Object.fromEntries(
    [...FIGURES, { key: 'share' as const, label: 'Part pourvue (%)' }].map(({ key, label }) => {
      const cell = (scenario: Scenario) => {
        const figures = scenarios[scenario].national;
        const value = key === 'share' ? 100 * shareFilled(figures) : figures[key];
        return value === null
          ? '—'
          : key === 'share' || key === 'medianDistanceKm'
            ? value.toFixed(1)
            : formatCount(value);
      };
      return [label, { [SCENARIO_LABELS.a]: cell('a'), [SCENARIO_LABELS.b]: cell('b') }];
    }),
  ),
);
console.log('Par département (places pourvues a → b, élèves placés a → b) :');
for (const code of departments) {
  const [a, b] = [scenarios.a.departments[code], scenarios.b.departments[code]];
  console.log(
    `  ${code.padEnd(3)} ${formatCount(a?.seatsFilled ?? 0)} → ${formatCount(b?.seatsFilled ?? 0)} · ${formatCount(a?.pupilsPlaced ?? 0)} → ${formatCount(b?.pupilsPlaced ?? 0)}`,
  );
}
if (args.out) {
  writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Résultat écrit dans ${args.out} (à charger dans /admin/simulations).`);
}
console.log(`Durée totale : ${((performance.now() - started) / 60_000).toFixed(1)} min`);
