import path from 'node:path';
import { defineConfig } from 'vitest/config';

// A deliberately foreign time zone: code that formats dates without timeZone: 'Europe/Paris'
// (or reads local midnight as a date) fails here instead of in production.
process.env.TZ = 'Pacific/Noumea';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      'server-only': path.join(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['{lib,db,scripts,components,app,bench}/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['db/testing-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
