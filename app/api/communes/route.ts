import type { NextRequest } from 'next/server';
import { clientIp, consumeAttempt } from '@/lib/auth/rate-limit';
import { findPlaces } from '@/lib/geo/places';

/** Suggestions per request: what a list under a field shows without scrolling on a phone. */
const LIMIT = 10;

/**
 * GET /api/communes?q=: the communes matching a name or the start of a postcode, for the visitors'
 * search field (components/geo/place-field.tsx). Public data from the offline commune list: no
 * account needed, limited per address so a script cannot keep the server busy. The answer for a
 * text changes only with the commune list: browsers and caches keep it a day.
 */
export async function GET(request: NextRequest): Promise<Response> {
  if (!(await consumeAttempt('commune_lookup', '', clientIp(request.headers))))
    return Response.json(
      { error: 'Trop de recherches de commune en une minute : patientez un instant.' },
      { status: 429, headers: { 'Cache-Control': 'no-store', 'Retry-After': '60' } },
    );
  const q = (request.nextUrl.searchParams.get('q') ?? '').slice(0, 100);
  return Response.json(
    { places: await findPlaces(q, LIMIT) },
    { headers: { 'Cache-Control': 'public, max-age=86400' } },
  );
}
