import { getCurrentUser } from '@/lib/auth/session';
import { csvResponse } from '@/lib/csv';
import { textResponse } from '@/lib/http';
import { todayInParis } from '@/lib/calendar/weeks';
import { CLASS_NOT_AVAILABLE } from '@/lib/classes/queries';
import { followUpCsv, followUpCsvFilename } from '@/lib/pupils/follow-up-csv';
import { exportFollowUp } from '@/lib/pupils/follow-up-queries';
import { parseFollowUpParams } from '@/lib/pupils/follow-up-schemas';

export const dynamic = 'force-dynamic';

/**
 * GET /etablissement/eleves/export?classe=&etat=&sort=&dir=: the pupils' follow-up with the filters
 * and sort of the page it was downloaded from, every row (not just the page), as a CSV attachment.
 * A class the actor does not follow answers the same 404 as a class that does not exist.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse('Connectez-vous pour télécharger la liste des élèves.', 401);
  const params = parseFollowUpParams(Object.fromEntries(new URL(request.url).searchParams));
  const today = todayInParis();
  const rows = await exportFollowUp(user, params, today);
  if (!rows)
    return params.classId
      ? textResponse(CLASS_NOT_AVAILABLE, 404)
      : textResponse(
          'Seuls la direction et les personnels qui suivent tout le collège téléchargent la liste des élèves.',
          403,
        );
  // Pupils' names (minors): csvResponse keeps them out of shared caches.
  return csvResponse(followUpCsv(rows), followUpCsvFilename(today, params.classId ? rows[0]?.className : undefined));
}
