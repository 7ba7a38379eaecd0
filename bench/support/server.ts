import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  /** When it answered its first health check: the scheduled jobs start a minute later (lib/jobs/daily.ts). */
  readyAt: number;
  stop: () => Promise<void>;
}

/**
 * The production build (`npm run build` first) served by `next start` on `port`, in its own process
 * group so that stopping it stops every process it started, its output in `logFile`.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv, logFile: string): Promise<RunningServer> {
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    detached: true,
    env,
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté (code ${child.exitCode}) : voir ${logFile}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { baseUrl, readyAt: Date.now(), stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Le serveur ne répond pas sur ${baseUrl} après 2 minutes : voir ${logFile}`);
}

/**
 * Signs in through the app's own Auth.js credentials endpoint (CSRF token, then the form post), as
 * the sign-in page does, and returns the cookies of the session it opened.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/offres` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith('session-token')))
    throw new Error(`Connexion de ${email} refusée (${response.status} ${response.headers.get('location') ?? ''})`);
  return cookie();
}
