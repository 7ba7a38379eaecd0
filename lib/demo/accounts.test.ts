import { describe, expect, it } from 'vitest';
import { isDemoMode } from './accounts';

describe('demo mode', () => {
  it('is on with DEMO=1 only, whatever the database', () => {
    expect(isDemoMode({ DEMO: '1' })).toBe(true);
    expect(isDemoMode({ DEMO: '1', DATABASE_URL: 'postgres://x' })).toBe(true);
    // The embedded database alone no longer means demo data, nor does the old SEED_DEMO.
    expect(isDemoMode({})).toBe(false);
    expect(isDemoMode({ SEED_DEMO: '1' })).toBe(false);
    expect(isDemoMode({ DEMO: '0' })).toBe(false);
    expect(isDemoMode({ DEMO: '' })).toBe(false);
  });
});
