import { getCurrentUser } from '@/lib/auth/session';
import { todayInParis } from '@/lib/calendar/weeks';
import { csvResponse } from '@/lib/csv';
import { textResponse } from '@/lib/http';
import { calendarParam } from '@/lib/representatives/calendar';
import { calendarCsv, calendarCsvFilename, isCalendarTable } from '@/lib/representatives/calendar-csv';
import { openDepartmentCalendar } from '@/lib/representatives/calendar-queries';

export const dynamic = 'force-dynamic';

/**
 * GET /pilotage/calendrier/export?departement=93&annee=2026&tableau=semaines|colleges: one table of
 * the department calendar as a CSV attachment, under the page's own access rule (a validated
 * representative whose territory covers the department), checked by openDepartmentCalendar.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse('Connectez-vous pour télécharger le calendrier des stages.', 401);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const table = calendarParam(params, 'tableau');
  if (!isCalendarTable(table)) return textResponse('Tableau inconnu : demandez « semaines » ou « colleges ».', 400);
  const opened = await openDepartmentCalendar(user, params, todayInParis());
  if (!opened)
    return textResponse(
      'Ce calendrier est réservé aux référents validés dont le territoire comprend ce département.',
      403,
    );
  return csvResponse(calendarCsv(opened.calendar, table), calendarCsvFilename(opened.calendar, table));
}
