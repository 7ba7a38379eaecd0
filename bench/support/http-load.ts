import autocannon from 'autocannon';
import { percentile } from './measure';

export interface LoadResult {
  requests: number;
  /** Answers other than 2xx, and connection errors or timeouts. */
  errors: number;
  rps: number;
  p50: number;
  p95: number;
}

/**
 * autocannon with `connections` keep-alive connections for `durationS` seconds. Its summary has
 * no 95th percentile, so every response time is kept to compute it. An answer other than 2xx is an
 * error: a redirect to the sign-in page would be fast and false.
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
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationS, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    errors: result.non2xx + result.errors,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
  };
}
