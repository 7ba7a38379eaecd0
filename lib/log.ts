type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Structured JSON logs on stdout (one line per event), so any log collector can index them.
 * Never log passwords, tokens or pupils' personal data: log identifiers instead.
 */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }, errorReplacer);
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/**
 * The error's class and message, short: enough to diagnose. A failed query's own message lists its
 * parameters (addresses, payloads): the database's error, its cause, is described instead.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.cause instanceof Error) error = error.cause;
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${code ? ` ${String(code)}` : ''}: ${error.message}`.slice(0, 300);
}
