import { getCurrentUser } from '@/lib/auth/session';
import { csvResponse } from '@/lib/csv';
import { textResponse } from '@/lib/http';
import { todayInParis } from '@/lib/calendar/weeks';
import { exportManagedOffers } from '@/lib/offers/dashboard-queries';
import { offersCsv, offersCsvFilename } from '@/lib/offers/dashboard-csv';
import { canManageOffers } from '@/lib/offers/policy';

export const dynamic = 'force-dynamic';

/**
 * GET /entreprise/offres/export: every offer the host or operator manages, archived ones included,
 * as a CSV attachment. A route handler answers 401/403 itself rather than redirecting.
 */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse('Connectez-vous pour télécharger vos offres.', 401);
  if (!canManageOffers(user))
    return textResponse(
      'Seules les structures d’accueil et les associations partenaires ont des offres à télécharger.',
      403,
    );
  const today = todayInParis();
  const rows = await exportManagedOffers(user, today);
  // Tutors' organisations and pupils' application counts: csvResponse keeps them out of shared caches.
  return csvResponse(offersCsv(rows), offersCsvFilename(today));
}
