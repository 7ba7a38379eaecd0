import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { consumeAttempt } from '@/lib/auth/rate-limit';
import { GET } from './route';

// The rate limit counts in the database (lib/auth/rate-limit.int.test.ts tests it): here, its answer.
vi.mock('@/lib/auth/rate-limit', () => ({ clientIp: () => '203.0.113.7', consumeAttempt: vi.fn() }));
const allowed = vi.mocked(consumeAttempt);
beforeEach(() => allowed.mockReset().mockResolvedValue(true));

const get = (q: string) => GET(new NextRequest(`http://localhost/api/communes?q=${encodeURIComponent(q)}`));

describe('GET /api/communes', () => {
  it('answers anyone with up to 10 communes, cached a day', async () => {
    const response = await get('93');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=86400');
    const { places } = (await response.json()) as { places: { label: string; lat: number }[] };
    expect(places).toHaveLength(10);
    expect(places[0]).toMatchObject({ label: 'Bobigny (93000)', postcode: '93000', communeCode: '93008' });
    expect(allowed).toHaveBeenCalledWith('commune_lookup', '', '203.0.113.7');
  });

  it('answers an empty list to a text too short or unknown', async () => {
    expect(await (await get('a')).json()).toEqual({ places: [] });
    expect(await (await get('x'.repeat(5000))).json()).toEqual({ places: [] });
  });

  it('refuses, uncached, once the address used up its minute', async () => {
    allowed.mockResolvedValue(false);
    const response = await get('bobigny');
    expect(response.status).toBe(429);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: 'Trop de recherches de commune en une minute : patientez un instant.',
    });
  });
});
