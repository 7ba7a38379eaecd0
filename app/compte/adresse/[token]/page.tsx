import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ConfirmEmailChangeForm } from '@/components/account/confirm-email-change-form';
import { PageContainer } from '@/components/layout/page-container';
import { findEmailChangeLink } from '@/lib/account/queries';
import { requireUser } from '@/lib/auth/session';

// The token is in the address: it must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: 'Confirmer ma nouvelle adresse', referrer: 'no-referrer' };

/**
 * Opened from the e-mail sent to the new address. The account holder must be signed in (anonymous
 * visitors go through /connexion and come back here): the link proves the mailbox, the session
 * proves the account, so a mistyped address cannot attach a stranger's mailbox to the account
 * nor the other way round.
 */
export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const user = await requireUser();
  const { token } = await params;
  const link = await findEmailChangeLink(user, token);

  if (!link) {
    return (
      <PageContainer title="Ce lien n’est plus valable" breadcrumb="Confirmer ma nouvelle adresse" narrow>
        <p>
          Le lien a déjà servi, il a plus de 24 heures, ou il a été demandé depuis un autre compte que celui avec lequel
          vous êtes connecté ({user.email}).
        </p>
        <Button linkProps={{ href: '/compte/adresse' }}>Faire une nouvelle demande</Button>
      </PageContainer>
    );
  }

  return (
    <PageContainer title="Confirmer ma nouvelle adresse" breadcrumb="Confirmer ma nouvelle adresse" narrow>
      <Alert
        className={fr.cx('fr-mb-4w')}
        severity="info"
        as="h2"
        title="Dernière étape"
        description={`Votre compte utilisera l’adresse ${link.newEmail} au lieu de ${user.email}. Vous vous connecterez ensuite avec la nouvelle adresse.`}
      />
      <ConfirmEmailChangeForm token={token} />
    </PageContainer>
  );
}
