import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { log } from '@/lib/log';
import { prepare } from './prepare';

/**
 * `npm start`: prepare the database (and, in demo mode, the demo data: `npm run demo` sets DEMO=1),
 * build when the build is missing or older than the sources, then serve with `next start` on PORT
 * (3000). `npm run dev` passes --dev.
 */
const dev = process.argv.includes('--dev');
const env = await prepare().catch((error: Error) => {
  // A clear sentence for the person who typed `npm start` (e.g. the embedded database is in use).
  console.error(`\nImpossible de démarrer : ${error.message}\n`);
  process.exit(1);
});
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

if (!dev && buildIsStale()) {
  log('info', 'building', { reason: 'la compilation est absente ou plus ancienne que les sources' });
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', port], { stdio: 'inherit', env });
log('info', 'server_starting', { url: `http://localhost:${port}`, mode: dev ? 'dev' : 'production' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

function buildIsStale(): boolean {
  const buildId = path.join(process.cwd(), '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    'app',
    'components',
    'lib',
    'db',
    'proxy.ts',
    'instrumentation.ts',
    'next.config.mjs',
    'package-lock.json',
  ];
  return sources.some((source) => newestMtime(path.join(process.cwd(), source)) > built);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}
