import 'server-only';
import { describeError, log } from '@/lib/log';
import { refreshSteeringFacts } from '@/lib/steering/facts-mutations';
import { FACTS_REFRESH_MS } from '@/lib/steering/queries';
import { repeat } from './timer';

/**
 * Rebuilds the steering facts every FACTS_REFRESH_MS (45 s: figures at most a minute old, the
 * rebuild's own seconds included), the first a few seconds after start. Several instances take
 * turns: one busy rebuilding makes the others skip (no wait), and facts rebuilt by another less
 * than a refresh ago are kept.
 */
export function startSteeringFacts(): void {
  repeat('steering_facts', { firstRunMs: 5_000, intervalMs: FACTS_REFRESH_MS }, async () => {
    try {
      await refreshSteeringFacts({ wait: false, unlessYoungerThanMs: FACTS_REFRESH_MS - 5_000 });
    } catch (error) {
      log('error', 'steering_facts_failed', { error: describeError(error) });
    }
  });
}
