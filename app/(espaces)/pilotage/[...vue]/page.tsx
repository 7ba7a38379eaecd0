import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { FilterForm } from '@/components/admin/filter-form';
import { PageContainer } from '@/components/layout/page-container';
import { SimulatedSection } from '@/components/simulation/simulated-section';
import { SteeringDashboard } from '@/components/steering/steering-dashboard';
import { requireRole } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { mapTileUrl } from '@/lib/geo/tiles';
import { listSectorOptions } from '@/lib/offers/queries';
import { simulatedFigures } from '@/lib/simulation/loaded-queries';
import { liveReference } from '@/lib/simulation/loaded-rules';
import { openDashboard } from '@/lib/steering/dashboard-queries';
import { figuresTime } from '@/lib/steering/labels';
import { KIND_PARAMS, NETWORK_PARAMS, parseSteeringParams, steeringYears } from '@/lib/steering/schemas';
import { placeName } from '@/lib/steering/table-cells';
import { viewFromSegments, viewHref } from '@/lib/steering/urls';

export const metadata: Metadata = { title: 'Tableau de bord – Pilotage' };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A steering dashboard (issue 14): /pilotage/national, /pilotage/region/11, /pilotage/academie/10,
 * /pilotage/departement/93, /pilotage/etablissement/<id>, /pilotage/ministere/<id>. An address that
 * names no view is not found; a view the actor may not see (or that does not exist) is refused,
 * by the domain (lib/steering: canViewSteering on every figure).
 */
export default async function SteeringViewPage({
  params,
  searchParams,
}: {
  params: Promise<{ vue: string[] }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireRole('state_rep', 'admin');
  const view = viewFromSegments((await params).vue);
  if (!view) notFound();
  const today = todayInParis();
  const query = parseSteeringParams(await searchParams, today);
  const [dashboard, sectors, simulated] = await Promise.all([
    openDashboard(user, view, query),
    listSectorOptions(),
    simulatedFigures(user, view),
  ]);
  if (!dashboard) forbidden();
  const place = placeName(dashboard.view);
  const { filters } = query;

  return (
    <PageContainer
      title={`Pilotage : ${place}`}
      lead={`Les stages de 3e de la campagne ${schoolYearLabel(query.schoolYear)} : offres, candidatures et stages, face aux objectifs de la circulaire.`}
      breadcrumb={place}
      parents={dashboard.ancestors.map((step) => ({ label: placeName(step), href: viewHref(step, query) }))}
    >
      <p className={fr.cx('fr-text--sm')}>
        <strong>{figuresTime(dashboard.asOf)}</strong> (mis à jour au plus toutes les minutes).
      </p>
      <FilterForm
        action={viewHref(view)}
        selects={[
          {
            name: 'annee',
            label: 'Campagne (année scolaire)',
            value: String(query.schoolYear),
            options: steeringYears(today).map((y) => ({ value: String(y), label: schoolYearLabel(y) })),
          },
          {
            name: 'secteur',
            label: 'Secteur professionnel',
            value: filters.sectorId ?? '',
            options: [
              { value: '', label: 'Tous les secteurs' },
              ...sectors.map(({ value, label }) => ({ value, label })),
            ],
          },
          {
            name: 'statut',
            label: 'Offres publiques ou privées',
            value: filters.kind ? KIND_PARAMS[filters.kind] : '',
            options: [
              { value: '', label: 'Toutes les offres' },
              { value: KIND_PARAMS.public, label: 'Publiques' },
              { value: KIND_PARAMS.private, label: 'Privées' },
            ],
          },
          {
            name: 'reseau',
            label: 'Éducation prioritaire',
            value: filters.network ? NETWORK_PARAMS[filters.network] : '',
            options: [
              { value: '', label: 'Tous les collèges' },
              { value: NETWORK_PARAMS.rep_plus, label: 'REP+' },
              { value: NETWORK_PARAMS.rep, label: 'REP' },
            ],
          },
        ]}
      />
      <SteeringDashboard dashboard={dashboard} drillable={user.role !== 'admin'} tileUrl={mapTileUrl()} />
      {simulated && <SimulatedSection figures={simulated} live={liveReference(dashboard)} />}
    </PageContainer>
  );
}
