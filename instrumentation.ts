/**
 * Next.js calls register() once when a server process starts (never during `next build`). Every
 * Node.js server instance runs the outbox delivery loop and the daily retention job (deleting the
 * accounts whose retention period is over, see lib/account/retention.ts); claiming rows with
 * `skip locked` keeps instances from sending the same message or deleting the same account twice.
 * The edge runtime has no database access.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startDeliveryLoop } = await import('./lib/notifications/worker');
  startDeliveryLoop();
  const { startRetentionLoop } = await import('./lib/account/retention');
  startRetentionLoop();
}
