import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { AdminPage } from '@/components/admin/admin-page';
import { DoneNotice } from '@/components/forms/done-notice';
import { listSectors } from '@/lib/admin/reference-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Secteurs professionnels – Administration' };

export default async function SectorsPage({ searchParams }: { searchParams: Promise<{ fait?: string }> }) {
  const admin = await requireRole('admin');
  const sectors = await listSectors(admin);
  return (
    <AdminPage title="Secteurs professionnels" trail={[{ label: 'Données de référence', href: '/admin/referentiel' }]}>
      <DoneNotice searchParams={await searchParams} messages={{ enregistre: 'Le secteur est enregistré.' }} />
      <p>
        Les identifiants des secteurs ne changent jamais : les partenaires les utilisent. Seuls le nom et le lien ONISEP
        se modifient.
      </p>
      <Table
        caption={`${sectors.length} secteurs`}
        headers={['Secteur', 'Fiche ONISEP', 'Action']}
        data={sectors.map((sector) => [
          sector.name,
          sector.onisepUrl ? (
            <span key="url" style={{ wordBreak: 'break-all' }}>
              {sector.onisepUrl}
            </span>
          ) : (
            'Aucune'
          ),
          <Link key="modifier" href={`/admin/referentiel/secteurs/${sector.id}`}>
            Modifier<span className={fr.cx('fr-sr-only')}> {sector.name}</span>
          </Link>,
        ])}
      />
    </AdminPage>
  );
}
