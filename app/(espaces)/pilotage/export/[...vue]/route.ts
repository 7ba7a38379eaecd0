import { getCurrentUser } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { csvResponse } from '@/lib/csv';
import { textResponse } from '@/lib/http';
import { openDashboard } from '@/lib/steering/dashboard-queries';
import { parseSteeringParams } from '@/lib/steering/schemas';
import { isTableId, TABLE_IDS } from '@/lib/steering/table-cells';
import { dashboardTables, tableCsv } from '@/lib/steering/tables';
import { viewFromSegments, viewSegments } from '@/lib/steering/urls';

export const dynamic = 'force-dynamic';

/**
 * GET /pilotage/export/<vue>?tableau=offres&annee=2026&…: one table of a dashboard as CSV (UTF-8 with
 * BOM, `;`), the same table as the page's, under the same rule: the figures are read through the
 * domain functions, which return nothing for a view the actor may not see.
 */
export async function GET(request: Request, { params }: { params: Promise<{ vue: string[] }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse('Connectez-vous pour télécharger les indicateurs.', 401);
  const view = viewFromSegments((await params).vue);
  if (!view) return textResponse('Tableau de bord inconnu.', 404);
  const url = new URL(request.url);
  const tableId = url.searchParams.get('tableau');
  if (!isTableId(tableId)) return textResponse(`Tableau inconnu : demandez l’un de ${TABLE_IDS.join(', ')}.`, 400);
  const query = parseSteeringParams(Object.fromEntries(url.searchParams), todayInParis());
  const dashboard = await openDashboard(user, view, query);
  if (!dashboard)
    return textResponse(
      'Ces indicateurs sont réservés aux référents validés dont le périmètre comprend ce territoire.',
      403,
    );
  const table = dashboardTables(dashboard, false).find((t) => t.id === tableId);
  if (!table) return textResponse('Ce tableau n’existe pas pour ce tableau de bord.', 404);
  const filename = `pilotage-${viewSegments(view).join('-')}-${schoolYearLabel(query.schoolYear)}-${tableId}.csv`;
  return csvResponse(tableCsv(table, dashboard.weeks), filename);
}
