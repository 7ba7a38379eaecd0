/**
 * Next.js calls register() once when a server process starts (never during `next build`), before
 * it serves requests. It stamps each request's socket address for the rate limits, then
 * refuses a database that holds the demo accounts outside demo mode (lib/demo/queries.ts): the same
 * check as `npm start`, so `next start` alone (`npm run start:server`) cannot skip it. Then every
 * Node.js server instance runs the outbox delivery loop and the scheduled jobs of lib/jobs/daily.ts
 * (account retention, offers leaving the search, sent e-mails purged) and the rebuild of the steering
 * facts every 45 s (lib/jobs/steering.ts); claiming rows atomically
 * keeps instances from sending the same message or deleting the same account twice.
 * The edge runtime has no database access.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First: the rate limits read each request's socket address from this stamp (client-address.ts).
  const { installPeerStamp, trustedProxyHops } = await import('./lib/auth/client-address');
  trustedProxyHops(); // a malformed TRUSTED_PROXY_HOPS stops the start with its message
  installPeerStamp();
  const { demoDataRefusal } = await import('./lib/demo/queries');
  const refusal = await demoDataRefusal().catch(
    (error: Error) => `la base ne répond pas ou n’est pas migrée (npm run db:migrate) : ${error.message}`,
  );
  if (refusal) {
    // A sentence for whoever reads the server's output, then no server at all.
    console.error(`\nImpossible de démarrer : ${refusal}\n`);
    process.exit(1);
  }
  const { startDeliveryLoop } = await import('./lib/notifications/delivery-mutations');
  startDeliveryLoop();
  const { startDailyJobs } = await import('./lib/jobs/daily');
  startDailyJobs();
  const { startSteeringFacts } = await import('./lib/jobs/steering');
  startSteeringFacts();
}
