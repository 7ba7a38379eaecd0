import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { VerifyEmailForm } from '@/components/account/verify-email-form';
import { PageContainer } from '@/components/layout/page-container';
import { isVerificationLinkValid } from '@/lib/account/queries';

// The token is in the address: it must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: 'Confirmer mon adresse électronique', referrer: 'no-referrer' };

/** Opened from the e-mail sent at sign-up: confirming verifies the address, then the person signs in. */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;

  if (!(await isVerificationLinkValid(token))) {
    return (
      <PageContainer title="Ce lien n’est plus valable" breadcrumb="Confirmer mon adresse" narrow>
        <p>
          Un lien de vérification ne sert qu’une fois et pendant 48 heures, et seul le dernier lien envoyé fonctionne.
          Si votre adresse est déjà vérifiée, connectez-vous. Sinon, connectez-vous pour recevoir un nouveau lien.
        </p>
        <Button linkProps={{ href: '/connexion' }}>Se connecter</Button>
      </PageContainer>
    );
  }

  return (
    <PageContainer title="Confirmer mon adresse électronique" breadcrumb="Confirmer mon adresse" narrow>
      <p>Dernière étape de l’inscription : confirmez que cette adresse électronique est bien la vôtre.</p>
      <div className={fr.cx('fr-mt-4w')}>
        <VerifyEmailForm token={token} />
      </div>
    </PageContainer>
  );
}
