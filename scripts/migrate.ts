import { closeDb, getConnection } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { log } from '@/lib/log';

/** `npm run db:migrate`: schema migrations and reference data; demo data only with SEED_DEMO=1. */
const { db, kind } = await getConnection();
await migrateDb(db);
if (process.env.SEED_DEMO === '1' && (await seedDemo(db))) log('info', 'demo_seeded', { kind });
await closeDb();
log('info', 'migrations_applied', { kind });
