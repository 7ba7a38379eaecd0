import { defineConfig } from 'drizzle-kit';

// Migrations are generated here and applied from code (db/migrate.ts): drizzle-kit's own
// `migrate` cannot load PGlite, and the same SQL must run on PostgreSQL 15+ and PGlite.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
  strict: true,
});
