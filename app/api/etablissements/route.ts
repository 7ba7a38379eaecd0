import { getCurrentUser } from '@/lib/auth/session';
import { canManageOffers } from '@/lib/offers/policy';
import { searchSchools } from '@/lib/schools/queries';

/**
 * GET /api/etablissements?q=: the collèges a host or an operator may reserve an offer for (public
 * directory data: name, commune, UAI), for the searchable picker of the offer form.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Connectez-vous pour chercher un collège.' }, { status: 401 });
  if (!canManageOffers(user))
    return Response.json(
      { error: 'Réservé aux structures d’accueil et aux associations partenaires.' },
      { status: 403 },
    );
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  const schools = await searchSchools(q, { limit: 10 });
  return Response.json(
    { schools: schools.map(({ id, name, commune, uai, registered }) => ({ id, name, commune, uai, registered })) },
    { headers: { 'Cache-Control': 'private, max-age=300' } },
  );
}
