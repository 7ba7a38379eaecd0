import { performance } from 'node:perf_hooks';

export interface ScenarioResult {
  name: string;
  iterations: number;
  p50: number;
  p95: number;
  max: number;
  /** Calls per second, one after the other on one connection (no concurrency). */
  opsPerSecond: number;
  /** Resident memory of the process after the scenario (with PGlite, the database lives in it too). */
  rssMb: number;
  /** The mean of what each call returned (offers found, pupils counted...), to read the timing against. */
  meanSize: number | null;
  sizeLabel: string;
}

export interface Scenario<I> {
  name: string;
  inputs: readonly I[];
  /** Returns the size of its answer, checked to be real work (a refused call is a broken benchmark). */
  run: (input: I) => Promise<number>;
  sizeLabel?: string;
  /** Calls made before timing (plans cached, JIT warm, pages in the buffer cache), not counted. */
  warmup?: number;
}

/** Times each input once, in order, after a warm-up; prints one line as soon as the scenario ends. */
export async function measure<I>(scenario: Scenario<I>): Promise<ScenarioResult> {
  const [result] = await measureInterleaved([scenario]);
  return result!;
}

/**
 * Times several scenarios over the same inputs, input by input, taking turns in a rotating order
 * (A B, then B A...): noise from the machine (another process, a checkpoint) falls on all of them
 * alike, so that their figures compare. Each scenario warms up on its own first inputs.
 */
export async function measureInterleaved<I>(scenarios: readonly Scenario<I>[]): Promise<ScenarioResult[]> {
  for (const { inputs, run, warmup = 3 } of scenarios) for (const input of inputs.slice(0, warmup)) await run(input);
  const durations = scenarios.map(() => [] as number[]);
  const sizes = scenarios.map(() => 0);
  const rounds = Math.max(...scenarios.map((scenario) => scenario.inputs.length));
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < scenarios.length; turn++) {
      const index = (round + turn) % scenarios.length;
      const { inputs, run } = scenarios[index]!;
      if (round >= inputs.length) continue;
      const start = performance.now();
      sizes[index]! += await run(inputs[round]!);
      durations[index]!.push(performance.now() - start);
    }
  }
  return scenarios.map(({ name, sizeLabel = '' }, index) => {
    const sorted = durations[index]!.sort((a, b) => a - b);
    const total = sorted.reduce((sum, duration) => sum + duration, 0);
    const result: ScenarioResult = {
      name,
      iterations: sorted.length,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      max: sorted.at(-1) ?? 0,
      opsPerSecond: total > 0 ? (sorted.length * 1000) / total : 0,
      rssMb: process.memoryUsage().rss / 2 ** 20,
      meanSize: sorted.length ? sizes[index]! / sorted.length : null,
      sizeLabel,
    };
    console.log(
      `  ${name} : p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, max ${ms(result.max)}, ${result.opsPerSecond.toFixed(1)} op/s, RSS ${result.rssMb.toFixed(0)} Mo`,
    );
    return result;
  });
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], rank: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(rank * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
/** 250 000 -> '250 000', as French readers write it. */
export const formatCount = (value: number) => Math.round(value).toLocaleString('fr-FR');
/** Rows per table on one line: 'collèges 7 000 · élèves 251 818 · ...'. */
export const formatCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([label, count]) => `${label} ${formatCount(count)}`)
    .join(' · ');

/** The results as one Markdown table, ready to paste into bench/README.md. */
export function printTable(results: readonly ScenarioResult[]): void {
  const header = [
    'Scénario',
    'n',
    'p50 (ms)',
    'p95 (ms)',
    'max (ms)',
    'op/s',
    'RSS (Mo)',
    'Taille moyenne du résultat',
  ];
  const lines = results.map((r) => [
    r.name,
    String(r.iterations),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.max.toFixed(1),
    r.opsPerSecond.toFixed(1),
    r.rssMb.toFixed(0),
    r.meanSize === null ? '' : `${formatCount(r.meanSize)} ${r.sizeLabel}`.trim(),
  ]);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i === 0 || i === header.length - 1 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}
