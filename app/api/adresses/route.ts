import type { NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { getGeocoder } from '@/lib/geo/geocoder';
import { canManageOffers } from '@/lib/offers/scope';

/**
 * GET /api/adresses?q=: address suggestions for the place step of the offer form. Reserved to
 * the people who post offers, so the address API is not an open proxy (its quota is per server).
 * Suggestions for the same text rarely change: the browser keeps them five minutes.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Connectez-vous pour rechercher une adresse.' }, { status: 401 });
  if (!canManageOffers(user)) return Response.json({ error: 'La recherche d’adresse sert aux structures d’accueil qui publient des offres.' }, { status: 403 });
  const q = request.nextUrl.searchParams.get('q')?.trim() ?? '';
  const suggestions = q.length >= 3 && q.length <= 200 ? await getGeocoder().suggest(q) : [];
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'private, max-age=300' } });
}
