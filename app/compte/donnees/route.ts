import { exportPersonalData } from '@/lib/account/queries';
import { getCurrentUser } from '@/lib/auth/session';
import { todayInParis } from '@/lib/calendar/weeks';

/**
 * GET /compte/donnees: the signed-in user's data as a JSON attachment (right of access and
 * portability). A route handler answers 401 itself rather than redirecting.
 */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Connectez-vous pour télécharger vos données.' }, { status: 401 });
  const now = new Date();
  const data = await exportPersonalData(user, now);
  const day = todayInParis(now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="mes-donnees-mon-stage-de-troisieme-${day}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
