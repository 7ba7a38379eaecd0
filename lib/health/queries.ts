import 'server-only';
import { sql } from 'drizzle-orm';
import { getConnection } from '@/db/client';
import { appliedMigration } from '@/db/migrate';
import { log } from '@/lib/log';

export interface HealthReport {
  status: 'ok' | 'error';
  database: {
    kind: 'postgres' | 'pglite' | 'unknown';
    reachable: boolean;
    latencyMs?: number;
    migration?: string | null;
    error?: string;
  };
}

/** Public health probe for load balancers: no personal data, only reachability and schema version. */
export async function checkHealth(): Promise<HealthReport> {
  const started = performance.now();
  try {
    const { db, kind } = await getConnection();
    await db.execute(sql`select 1`);
    const migration = await appliedMigration(db);
    const latencyMs = Math.round(performance.now() - started);
    return { status: migration ? 'ok' : 'error', database: { kind, reachable: true, latencyMs, migration } };
  } catch (error) {
    // The detail (host, user) goes to the logs, not to an anonymous caller.
    log('error', 'health_database_unreachable', { error });
    return { status: 'error', database: { kind: 'unknown', reachable: false, error: 'Base de données injoignable.' } };
  }
}
