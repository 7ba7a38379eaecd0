import 'server-only';

const holder = globalThis as unknown as { __monstageTimers?: Map<string, ReturnType<typeof setTimeout>> };

/**
 * Runs `tick` after `firstRunMs`, then `intervalMs` after each run ends (never two runs at once).
 * Timers are kept on globalThis by name, so a hot reload or a second registration does not start
 * a second one; the timer alone does not keep a process (a script, a test) alive.
 */
export function repeat(
  name: string,
  { firstRunMs, intervalMs }: { firstRunMs: number; intervalMs: number },
  tick: () => Promise<void>,
): void {
  const timers = (holder.__monstageTimers ??= new Map());
  if (timers.has(name)) return;
  const schedule = (delay: number) => {
    const timer = setTimeout(() => void tick().finally(() => schedule(intervalMs)), delay);
    timer.unref();
    timers.set(name, timer);
  };
  schedule(firstRunMs);
}
