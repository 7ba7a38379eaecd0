/**
 * Next.js calls register() once when a server process starts (never during `next build`). The
 * outbox delivery loop runs in every Node.js server instance; claiming with `skip locked` keeps
 * instances from sending the same message twice. The edge runtime has no database access.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startDeliveryLoop } = await import('./lib/notifications/worker');
  startDeliveryLoop();
}
