import { closeDb, getConnection } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { isDemoMode } from '@/lib/demo/accounts';
import { log } from '@/lib/log';

/** `npm run db:migrate`: schema migrations and reference data; demo data only in demo mode (DEMO=1). */
const { db, kind } = await getConnection();
await migrateDb(db);
if (isDemoMode() && (await seedDemo(db))) log('info', 'demo_seeded', { kind });
await closeDb();
log('info', 'migrations_applied', { kind });
