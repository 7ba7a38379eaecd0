import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminPage } from '@/components/admin/admin-page';
import { FieldsForm } from '@/components/admin/fields-form';
import { updateTerritoryTargetAction } from '@/lib/admin/reference-actions';
import { findTerritoryTarget } from '@/lib/admin/reference-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Modifier un objectif – Administration' };

export default async function TerritoryTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const target = await findTerritoryTarget(admin, (await params).id);
  if (!target) notFound();
  const name = target.code ? `${target.name} (${target.code})` : target.name;
  return (
    <AdminPage
      title={`Objectif ${target.campaign} : ${name}`}
      trail={[
        { label: 'Données de référence', href: '/admin/referentiel' },
        { label: 'Objectifs', href: `/admin/referentiel/objectifs?campagne=${target.campaignId}` },
      ]}
    >
      <p>Nombre de stages à proposer, en nombres entiers positifs ou nuls.</p>
      <FieldsForm
        action={updateTerritoryTargetAction}
        hidden={{ targetId: target.id }}
        fields={[
          { name: 'total', label: 'Objectif total', type: 'number', defaultValue: String(target.total) },
          {
            name: 'public',
            label: 'Dont stages dans le secteur public',
            type: 'number',
            defaultValue: String(target.public),
          },
          {
            name: 'private',
            label: 'Dont stages dans le secteur privé',
            type: 'number',
            defaultValue: String(target.private),
          },
        ]}
        submitLabel="Enregistrer"
      />
    </AdminPage>
  );
}
