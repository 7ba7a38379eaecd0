import { headers } from 'next/headers';
import type { NextRequest } from 'next/server';
import { clientIp, consumeAttempt } from '@/lib/auth/rate-limit';
import { getCurrentUser } from '@/lib/auth/session';
import { getGeocoder } from '@/lib/geo/geocoder';
import { canManageOffers } from '@/lib/offers/policy';

/**
 * GET /api/adresses?q=: address suggestions for the place step of the offer form. Reserved to
 * the people who post offers, and rate-limited per person, so the address API is not an open proxy
 * (its quota is per server).
 * Suggestions for the same text rarely change: the browser keeps them five minutes.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Connectez-vous pour rechercher une adresse.' }, { status: 401 });
  if (!canManageOffers(user))
    return Response.json(
      { error: 'La recherche d’adresse sert aux structures d’accueil qui publient des offres.' },
      { status: 403 },
    );
  if (!(await consumeAttempt('address_lookup', user.id, clientIp(await headers()))))
    return Response.json(
      { error: 'Trop de recherches d’adresse en une minute : patientez un instant, ou placez le lieu sur la carte.' },
      { status: 429 },
    );
  const q = request.nextUrl.searchParams.get('q')?.trim() ?? '';
  const suggestions = q.length >= 3 && q.length <= 200 ? await getGeocoder().suggest(q) : [];
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'private, max-age=300' } });
}
