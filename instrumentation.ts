/**
 * Next.js calls register() once when a server process starts (never during `next build`), before
 * it serves requests: it stamps each request's socket address for the rate limits. Every
 * Node.js server instance runs the outbox delivery loop and the scheduled jobs of lib/jobs/daily.ts
 * (account retention, offers leaving the search); claiming rows atomically keeps instances from
 * sending the same message or deleting the same account twice.
 * The edge runtime has no database access.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First: the rate limits read each request's socket address from this stamp (client-address.ts).
  const { installPeerStamp, trustedProxyHops } = await import('./lib/auth/client-address');
  trustedProxyHops(); // a malformed TRUSTED_PROXY_HOPS stops the start with its message
  installPeerStamp();
  const { startDeliveryLoop } = await import('./lib/notifications/delivery-mutations');
  startDeliveryLoop();
  const { startDailyJobs } = await import('./lib/jobs/daily');
  startDailyJobs();
}
