import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEMO_API_TOKEN, DEMO_OTHER_API_TOKEN } from '@/lib/demo/accounts';

/*
 * `BASE_URL=http://127.0.0.1:3000 npm run check:contract -- DIR`: replays the example requests of a
 * contract folder laid out like ../shared/monstage-data/api-contract (input/**: request bodies,
 * output/<resource>/<operation>/<case>.json: the answer expected) against a running server, with
 * the demo operator's token (API_TOKEN to use another), and compares each status code, and each
 * body's shape, with the example's. Another operator's token (OTHER_API_TOKEN, the demo's second
 * operator by default) publishes the offer the first is refused (403), and deletes it at the end.
 *
 * Each example answer is named by its case (created, ok, success, bad_request, unauthorized,
 * forbidden, not_found, conflict, unprocessable_entity_*), which gives the status; the request that
 * leads to it is written below, built from the folder's input files. An example with no scenario
 * here fails the run, so a new case in the contract cannot pass unnoticed.
 *
 * Shape: every key of the example is in the answer, with the same JSON type, recursively (for an
 * array, each item against the example's first); null on either side matches anything (optional
 * values), and identifiers (`id`) may differ in type: the earlier platform numbered its rows, ours
 * are UUIDs. A validation error's `error` is a map from field to messages: its keys are data (we
 * require fewer fields, geocoding an address without coordinates), its values must be messages. Prints one line per case, then "N passed, N failed"; exits 1 on any failure.
 */

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const dir = process.argv[2];
if (!dir || !existsSync(path.join(dir, 'output'))) {
  console.error('Usage : BASE_URL=http://127.0.0.1:3000 npm run check:contract -- DOSSIER (avec input/ et output/)');
  process.exit(2);
}
const token = process.env.API_TOKEN ?? DEMO_API_TOKEN;
const otherToken = process.env.OTHER_API_TOKEN ?? DEMO_OTHER_API_TOKEN;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Auth = 'token' | 'other' | 'none' | 'wrong';
interface Scenario {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: Json;
  auth?: Auth;
}

const input = (name: string): { [key: string]: Json } =>
  JSON.parse(readFileSync(path.join(dir, 'input', 'internship_offers', `${name}.json`), 'utf8'));
const run = Date.now().toString(36);
const remoteId = `contrat-${run}`;
const foreignRemoteId = `contrat-${run}-autre-operateur`;
const offer = (fields: { [key: string]: Json }) => ({
  internship_offer: { ...(input('create').internship_offer as object), remote_id: remoteId, ...fields },
});
const search = input('index');
const coordinates = (search.coordinates ?? {}) as { latitude?: number; longitude?: number };
const searchQuery = new URLSearchParams({
  keyword: String(search.keyword ?? ''),
  latitude: String(coordinates.latitude ?? ''),
  longitude: String(coordinates.longitude ?? ''),
}).toString();
const badWeek = '2020-Wsem9-23';
const offerPath = (id: string) => `/internship_offers/${encodeURIComponent(id)}`;

/** In order: the offer created first is then updated, listed, and deleted twice. */
const SCENARIOS: [string, Scenario][] = [
  ['sectors/index/success', { method: 'GET', path: '/sectors' }],
  ['sectors/index/unauthorized', { method: 'GET', path: '/sectors', auth: 'none' }],
  ['internship_offers/create/created', { method: 'POST', path: '/internship_offers', body: offer({}) }],
  ['internship_offers/create/conflict', { method: 'POST', path: '/internship_offers', body: offer({}) }],
  [
    'internship_offers/create/unauthorized',
    { method: 'POST', path: '/internship_offers', body: offer({}), auth: 'wrong' },
  ],
  [
    'internship_offers/create/bad_request',
    // Some fields, not the required ones (an empty object is a missing payload, 422, as upstream).
    { method: 'POST', path: '/internship_offers', body: { internship_offer: { max_candidates: 2 } } },
  ],
  [
    'internship_offers/create/unprocessable_entity_bad_payload',
    { method: 'POST', path: '/internship_offers', body: {} },
  ],
  [
    'internship_offers/create/unprocessable_entity_bad_data',
    { method: 'POST', path: '/internship_offers', body: offer({ remote_id: `${remoteId}-b`, weeks: [badWeek] }) },
  ],
  ['internship_offers/update/ok', { method: 'PATCH', path: offerPath(remoteId), body: input('update') }],
  [
    'internship_offers/update/bad_request',
    // Longer than the site's 5 000 characters: the earlier platform's 500 are accepted, as the form accepts them.
    { method: 'PATCH', path: offerPath(remoteId), body: { internship_offer: { description: 'x'.repeat(5001) } } },
  ],
  [
    'internship_offers/update/unprocessable_entity_bad_data',
    { method: 'PATCH', path: offerPath(remoteId), body: { internship_offer: { weeks: [badWeek] } } },
  ],
  [
    'internship_offers/update/unprocessable_entity_bad_payload',
    { method: 'PATCH', path: offerPath(remoteId), body: {} },
  ],
  [
    'internship_offers/update/not_found',
    { method: 'PATCH', path: offerPath(`${remoteId}-inconnue`), body: input('update') },
  ],
  ['internship_offers/update/forbidden', { method: 'PATCH', path: offerPath(foreignRemoteId), body: input('update') }],
  [
    'internship_offers/update/unauthorized',
    { method: 'PATCH', path: offerPath(remoteId), body: input('update'), auth: 'none' },
  ],
  ['internship_offers/index/success', { method: 'GET', path: '/internship_offers' }],
  ['internship_offers/index/unauthorized', { method: 'GET', path: '/internship_offers', auth: 'none' }],
  ['internship_offers/search/success', { method: 'GET', path: `/internship_offers/search?${searchQuery}` }],
  [
    'internship_offers/search/unauthorized',
    { method: 'GET', path: `/internship_offers/search?${searchQuery}`, auth: 'wrong' },
  ],
  ['internship_offers/destroy/ok', { method: 'DELETE', path: offerPath(remoteId) }],
  ['internship_offers/destroy/conflict', { method: 'DELETE', path: offerPath(remoteId) }],
  ['internship_offers/destroy/not_found', { method: 'DELETE', path: offerPath(`${remoteId}-inconnue`) }],
  ['internship_offers/destroy/forbidden', { method: 'DELETE', path: offerPath(foreignRemoteId) }],
  ['internship_offers/destroy/unauthorized', { method: 'DELETE', path: offerPath(remoteId), auth: 'none' }],
];

const STATUS_OF_CASE: [RegExp, number][] = [
  [/^created$/, 201],
  [/^(ok|success)$/, 200],
  [/^bad_request$/, 400],
  [/^unauthorized$/, 401],
  [/^forbidden$/, 403],
  [/^not_found$/, 404],
  [/^conflict$/, 409],
  [/^unprocessable_entity/, 422],
];

function expectedStatus(name: string): number | null {
  const caseName = path.basename(name);
  return STATUS_OF_CASE.find(([pattern]) => pattern.test(caseName))?.[1] ?? null;
}

const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Where `actual` differs in shape from `example` (see the header), as readable paths. */
function shapeDifferences(example: Json, actual: Json, at = ''): string[] {
  if (example === null || actual === null) return [];
  if (typeOf(example) !== typeOf(actual))
    return path.basename(at) === 'id' ? [] : [`${at || '/'} : ${typeOf(example)} attendu, ${typeOf(actual)} reçu`];
  if (Array.isArray(example) && Array.isArray(actual))
    return example.length ? actual.flatMap((item, i) => shapeDifferences(example[0]!, item, `${at}/${i}`)) : [];
  if (at === '/error' && typeof actual === 'object' && !Array.isArray(actual))
    return Object.entries(actual).flatMap(([field, messages]) =>
      Array.isArray(messages) && messages.every((m) => typeof m === 'string')
        ? []
        : [`/error/${field} : pas une liste de messages`],
    );
  if (typeof example === 'object' && typeof actual === 'object' && !Array.isArray(actual) && !Array.isArray(example))
    return Object.keys(example).flatMap((key) =>
      key in actual ? shapeDifferences(example[key]!, actual[key]!, `${at}/${key}`) : [`${at}/${key} : absent`],
    );
  return [];
}

function exampleFiles(root: string): string[] {
  return readdirSync(root).flatMap((entry) => {
    const full = path.join(root, entry);
    return statSync(full).isDirectory() ? exampleFiles(full) : entry.endsWith('.json') ? [full] : [];
  });
}

async function call({
  method,
  path: apiPath,
  body,
  auth = 'token',
}: Scenario): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const bearer = { token, other: otherToken, wrong: 'mst_faux-jeton' };
  if (auth !== 'none') headers.authorization = `Bearer ${bearer[auth]}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}/api/v1${apiPath}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : null };
}

const outputRoot = path.join(dir, 'output');
const examples = new Map(
  exampleFiles(outputRoot).map((file) => [path.relative(outputRoot, file).replace(/\.json$/, ''), file]),
);
let passed = 0;
let failed = 0;
const report = (ok: boolean, line: string) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${line}`);
};

for (const name of examples.keys())
  if (!SCENARIOS.some(([scenario]) => scenario === name))
    report(false, `${name} : aucun scénario ne mène à cet exemple`);

// Another operator's offer, for the 403 cases.
const setup = await call({
  method: 'POST',
  path: '/internship_offers',
  body: offer({ remote_id: foreignRemoteId }),
  auth: 'other',
});
if (setup.status !== 201)
  report(false, `offre d’un autre opérateur : ${setup.status}, 201 attendu ; ${JSON.stringify(setup.body)}`);

for (const [name, scenario] of SCENARIOS) {
  const file = examples.get(name);
  if (!file) continue; // a folder with fewer examples: nothing to compare
  const status = expectedStatus(name)!;
  const actual = await call(scenario);
  const text = readFileSync(file, 'utf8').trim();
  const example = text ? (JSON.parse(text) as Json) : null;
  // An error case whose example is not an error body (the earlier contract has one) is checked on its status only.
  const comparable =
    example !== null && (status < 400 || (typeof example === 'object' && 'code' in (example as object)));
  const differences = actual.status === status && comparable ? shapeDifferences(example, actual.body) : [];
  const label = `${name} : ${scenario.method} ${scenario.path.split('?')[0]} → ${actual.status}`;
  if (actual.status !== status) report(false, `${label}, ${status} attendu ; réponse ${JSON.stringify(actual.body)}`);
  else if (differences.length) report(false, `${label}, forme différente : ${differences.slice(0, 5).join(' ; ')}`);
  else report(true, label);
}

await call({ method: 'DELETE', path: offerPath(foreignRemoteId), auth: 'other' });

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
