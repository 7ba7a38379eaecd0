import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * Issue 15: `npm run check:contract` replays the earlier platform's contract examples
 * (../shared/monstage-data/api-contract, beside the project) against the demo server, with the
 * demo operator's token. Exclusive: it creates, updates and deletes an offer, which the other
 * specs' counts must not see.
 */
test('the earlier platform’s contract examples get their answers from /api/v1', async ({ baseURL }) => {
  const folder = path.resolve(process.cwd(), '..', 'shared', 'monstage-data', 'api-contract');
  const run = spawnSync('npm', ['run', '-s', 'check:contract', '--', folder], {
    env: { ...process.env, BASE_URL: baseURL },
    encoding: 'utf8',
    timeout: 60_000,
  });
  console.log(run.stdout, run.stderr);
  expect(run.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  expect(Number(/^(\d+) passed/m.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(24);
  expect(run.status).toBe(0);
});
