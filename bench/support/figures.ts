/** Rounded to what a timing on a shared machine means: a tenth below 100, units above. */
const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10);

/**
 * One figure as one JSON line, e.g. {"bench":"search","db":"postgres","name":"pupil_search_query",
 * "p50_ms":4.1,"p95_ms":9.8,"n":200}: what scripts and the README's tables read.
 */
export function emitFigure(
  bench: string,
  db: 'postgres' | 'pglite',
  name: string,
  values: Record<string, number>,
): void {
  const rounded = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value)]));
  console.log(JSON.stringify({ bench, db, name, ...rounded }));
}
