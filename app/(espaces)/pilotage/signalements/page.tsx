import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { ReportsList } from '@/components/offers/reports-list';
import { requireRole } from '@/lib/auth/session';
import { parsePage } from '@/lib/pagination';
import { canReadOfferReports } from '@/lib/offers/policy';
import { listOfferReports } from '@/lib/offers/report-queries';
import { ownScopeLabel } from '@/lib/representatives/queries';

export const metadata: Metadata = { title: 'Signalements d’offres – Pilotage' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The reports on offers of the representative's territory, read only: the national team handles them. */
export default async function TerritoryReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole('state_rep');
  if (!canReadOfferReports(user)) forbidden();
  const params = await searchParams;
  const page = parsePage(params.page);
  const handled = params.statut === 'traites';
  const [{ rows, total }, scope] = await Promise.all([listOfferReports(user, { handled, page }), ownScopeLabel(user)]);

  return (
    <PageContainer
      title="Signalements d’offres"
      lead={`Les offres de votre territoire (${scope ?? 'périmètre non renseigné'}) signalées par des personnes inscrites. L’équipe nationale les traite : elle dépublie l’offre avec un motif ou classe le signalement sans suite.`}
      breadcrumb="Signalements d’offres"
      parents={[{ label: 'Pilotage', href: '/pilotage' }]}
    >
      <ReportsList path="/pilotage/signalements" rows={rows} total={total} page={page} handled={handled} />
    </PageContainer>
  );
}
