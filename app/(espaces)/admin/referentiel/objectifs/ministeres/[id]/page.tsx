import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminPage } from '@/components/admin/admin-page';
import { FieldsForm } from '@/components/admin/fields-form';
import { updateMinistryTargetAction } from '@/lib/admin/reference-actions';
import { findMinistryTarget } from '@/lib/admin/reference-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Modifier un objectif – Administration' };

export default async function MinistryTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const target = await findMinistryTarget(admin, (await params).id);
  if (!target) notFound();
  return (
    <AdminPage
      title={`Objectif ${target.campaign} : ${target.name}`}
      trail={[
        { label: 'Données de référence', href: '/admin/referentiel' },
        { label: 'Objectifs', href: `/admin/referentiel/objectifs?campagne=${target.campaignId}` },
      ]}
    >
      <FieldsForm
        action={updateMinistryTargetAction}
        hidden={{ targetId: target.id }}
        fields={[
          {
            name: 'public',
            label: 'Stages à proposer par l’administration centrale',
            hint: 'Un nombre entier positif ou nul.',
            type: 'number',
            defaultValue: String(target.public),
          },
        ]}
        submitLabel="Enregistrer"
      />
    </AdminPage>
  );
}
