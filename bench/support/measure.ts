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
export async function measure<I>({
  name,
  inputs,
  run,
  sizeLabel = '',
  warmup = 3,
}: Scenario<I>): Promise<ScenarioResult> {
  for (const input of inputs.slice(0, warmup)) await run(input);
  const durations: number[] = [];
  let sizes = 0;
  for (const input of inputs) {
    const start = performance.now();
    sizes += await run(input);
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  const total = durations.reduce((sum, duration) => sum + duration, 0);
  const result: ScenarioResult = {
    name,
    iterations: durations.length,
    p50: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    max: durations.at(-1) ?? 0,
    opsPerSecond: total > 0 ? (durations.length * 1000) / total : 0,
    rssMb: process.memoryUsage().rss / 2 ** 20,
    meanSize: durations.length ? sizes / durations.length : null,
    sizeLabel,
  };
  console.log(
    `  ${name} : p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, max ${ms(result.max)}, ${result.opsPerSecond.toFixed(1)} op/s, RSS ${result.rssMb.toFixed(0)} Mo`,
  );
  return result;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], rank: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(rank * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
/** 250 000 -> '250 000', as French readers write it. */
export const formatCount = (value: number) => Math.round(value).toLocaleString('fr-FR');

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
