import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminPage } from '@/components/admin/admin-page';
import { FieldsForm } from '@/components/admin/fields-form';
import { updateSectorAction } from '@/lib/admin/reference-actions';
import { findSector } from '@/lib/admin/reference-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Modifier un secteur – Administration' };

export default async function SectorPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const sector = await findSector(admin, (await params).id);
  if (!sector) notFound();
  return (
    <AdminPage
      title={`Modifier le secteur « ${sector.name} »`}
      trail={[
        { label: 'Données de référence', href: '/admin/referentiel' },
        { label: 'Secteurs professionnels', href: '/admin/referentiel/secteurs' },
      ]}
    >
      <FieldsForm
        action={updateSectorAction}
        hidden={{ sectorId: sector.id }}
        fields={[
          { name: 'name', label: 'Nom du secteur', defaultValue: sector.name },
          {
            name: 'onisepUrl',
            label: 'Adresse de la fiche ONISEP',
            hint: 'Commence par https:// ; laissez vide s’il n’y a pas de fiche.',
            type: 'url',
            defaultValue: sector.onisepUrl ?? '',
            required: false,
          },
        ]}
        submitLabel="Enregistrer"
      />
    </AdminPage>
  );
}
