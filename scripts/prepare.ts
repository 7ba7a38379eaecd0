import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { closeDb, getConnection } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { isDemoMode } from '@/lib/demo/accounts';
import { demoDataRefusal } from '@/lib/demo/queries';
import { log } from '@/lib/log';

/**
 * Everything the server needs before it starts: an auth secret (generated once and kept in .data/
 * when AUTH_SECRET is unset), the migrated database with its reference data and, in demo mode
 * (DEMO=1), the demo campaign. Outside demo mode, refuses a database that holds the demo accounts.
 * Closes the database afterwards so the server can take the PGlite lock.
 */
export async function prepare(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret(),
    AUTH_TRUST_HOST: 'true',
  };
  const { db, kind } = await getConnection();
  await migrateDb(db);
  const refusal = await demoDataRefusal(process.env, db);
  if (refusal) {
    await closeDb();
    throw new Error(refusal);
  }
  if (isDemoMode() && (await seedDemo(db))) log('info', 'demo_seeded', { kind });
  await closeDb();
  log('info', 'database_ready', { kind });
  return env;
}

function localSecret(): string {
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64');
  writeFileSync(file, secret);
  chmodSync(file, 0o600);
  return secret;
}
