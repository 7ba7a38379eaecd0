import { exportPersonalData } from '@/lib/account/queries';
import { getCurrentUser } from '@/lib/auth/session';
import { attachmentResponse } from '@/lib/http';
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
  return attachmentResponse(
    JSON.stringify(data, null, 2),
    'application/json; charset=utf-8',
    `mes-donnees-mon-stage-de-troisieme-${day}.json`,
  );
}
