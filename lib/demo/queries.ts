import 'server-only';
import { like } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { users } from '@/db/schema';
import { DEMO_EMAIL_DOMAIN, isDemoMode } from './accounts';

export const DEMO_DATA_REFUSED =
  'cette base contient les comptes de démonstration, dont le mot de passe est public. Lancez le mode démonstration (DEMO=1, par exemple `npm run demo`) ou utilisez une base sans données de démonstration (autre PGLITE_DIR ou DATABASE_URL).';

/**
 * Why this server must not start, or null: outside demo mode, a database holding the demo accounts
 * (public password, printed in the README) would let anyone in. Checked where the server prepares
 * (scripts/prepare.ts) and where `next start` serves (instrumentation.ts), so no command skips it.
 */
export async function demoDataRefusal(
  env: Record<string, string | undefined> = process.env,
  db?: Db,
): Promise<string | null> {
  if (isDemoMode(env)) return null;
  db ??= await getDb();
  const demoAccounts = await db.$count(users, like(users.email, `%@${DEMO_EMAIL_DOMAIN}`));
  return demoAccounts > 0 ? DEMO_DATA_REFUSED : null;
}
