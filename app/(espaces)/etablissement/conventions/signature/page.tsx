import type { Metadata } from 'next';
import Link from 'next/link';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { BatchSignatureForm } from '@/components/agreements/batch-signature-form';
import { PageContainer } from '@/components/layout/page-container';
import { awaitingSchoolSignature } from '@/lib/agreements/signature-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Signer plusieurs conventions' };

const TITLE = 'Signer plusieurs conventions';

/** The school's signatory (the head, or the staff member named) signs the ready conventions in one go. */
export default async function BatchSignaturePage() {
  const user = await requireRole('school_staff');
  const rows = await awaitingSchoolSignature(user);
  return (
    <PageContainer
      title={TITLE}
      lead="Les conventions complètes qui attendent votre signature pour le collège : signez-les en une fois, avec un seul code."
      breadcrumb={TITLE}
      parents={[
        { label: 'Mon établissement', href: '/etablissement' },
        { label: 'Conventions', href: '/etablissement/conventions' },
      ]}
    >
      {rows.length ? (
        <BatchSignatureForm rows={rows} expectedName={`${user.firstName} ${user.lastName}`} />
      ) : (
        <CallOut title="Aucune convention n’attend votre signature" titleAs="h2" iconId="fr-icon-edit-line">
          Une convention apparaît ici quand la structure d’accueil et le collège ont complété leur partie et que le
          collège vous a désigné pour la signer.{' '}
          <Link href="/etablissement/conventions">Voir toutes les conventions</Link>
        </CallOut>
      )}
    </PageContainer>
  );
}
