import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { AdminPage } from '@/components/admin/admin-page';
import { DoneNotice } from '@/components/forms/done-notice';
import { FilterForm } from '@/components/admin/filter-form';
import { TARGET_LEVEL_LABELS } from '@/lib/admin/labels';
import { listCampaigns, listTargets } from '@/lib/admin/reference-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Objectifs de la campagne – Administration' };

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<{ campagne?: string; fait?: string }>;
}) {
  const admin = await requireRole('admin');
  const params = await searchParams;
  const campaigns = await listCampaigns(admin);
  const campaign =
    campaigns.find((c) => c.id === params.campagne) ?? campaigns.find((c) => c.targets > 0) ?? campaigns[0];
  const targets = campaign ? await listTargets(admin, campaign.id) : null;
  const trail = [{ label: 'Données de référence', href: '/admin/referentiel' }];

  return (
    <AdminPage
      title="Objectifs de la campagne"
      trail={trail}
      lead="Les objectifs sont gardés tels que publiés par la circulaire : le total d’une région n’est pas recalculé à partir de ses départements."
    >
      <DoneNotice searchParams={params} messages={{ enregistre: 'L’objectif est enregistré.' }} />
      {!campaign || !targets ? (
        <p>Aucune campagne n’est encore ouverte.</p>
      ) : (
        <>
          {campaigns.length > 1 && (
            <FilterForm
              action="/admin/referentiel/objectifs"
              selects={[
                {
                  name: 'campagne',
                  label: 'Campagne',
                  value: campaign.id,
                  options: campaigns.map((c) => ({ value: c.id, label: c.label })),
                },
              ]}
            />
          )}
          <h2 className={fr.cx('fr-h4')}>Par territoire (annexe 1), campagne {campaign.label}</h2>
          {targets.territory.length === 0 ? (
            <p>Aucun objectif par territoire pour cette campagne.</p>
          ) : (
            <Table
              caption={`Objectifs par territoire, campagne ${campaign.label}`}
              headers={['Territoire', 'Niveau', 'Total', 'Public', 'Privé', 'Action']}
              data={targets.territory.map((row) => [
                row.code ? `${row.name} (${row.code})` : row.name,
                TARGET_LEVEL_LABELS[row.level],
                String(row.total),
                String(row.public),
                String(row.private),
                <Link key="modifier" href={`/admin/referentiel/objectifs/territoires/${row.id}`}>
                  Modifier<span className={fr.cx('fr-sr-only')}> {row.name}</span>
                </Link>,
              ])}
            />
          )}
          <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Par ministère (annexe 2), campagne {campaign.label}</h2>
          {targets.ministry.length === 0 ? (
            <p>Aucun objectif par ministère pour cette campagne.</p>
          ) : (
            <Table
              caption={`Objectifs des administrations centrales, campagne ${campaign.label}`}
              headers={['Ministère', 'Stages publics', 'Action']}
              data={targets.ministry.map((row) => [
                row.name,
                String(row.public),
                <Link key="modifier" href={`/admin/referentiel/objectifs/ministeres/${row.id}`}>
                  Modifier<span className={fr.cx('fr-sr-only')}> {row.name}</span>
                </Link>,
              ])}
            />
          )}
        </>
      )}
    </AdminPage>
  );
}
