import { performance } from 'node:perf_hooks';
import { percentile } from './measure';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
}

/**
 * `connections` clients each sending a GET and waiting for the whole body before the next, for
 * `durationS` seconds (what autocannon does with -c and -d): requests per second and latency.
 * An answer other than 200 counts as an error: a redirect to the sign-in page would be fast and false.
 */
export async function loadTest(
  url: string,
  {
    connections,
    durationS,
    headers = {},
  }: { connections: number; durationS: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + durationS * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        const response = await fetch(url, { headers, redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsedS,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
  };
}
