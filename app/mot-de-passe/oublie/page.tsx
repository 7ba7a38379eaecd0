import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { fr } from '@codegouvfr/react-dsfr';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { PageContainer } from '@/components/layout/page-container';
import { isDevMailboxEnabled } from '@/lib/notifications/mailbox';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default async function ForgotPasswordPage() {
  // Read at request time: the demo notice depends on the server's environment, not the build's.
  await connection();
  return (
    <PageContainer title="Mot de passe oublié" breadcrumb="Mot de passe oublié" narrow>
      {isDevMailboxEnabled() && (
        <Notice
          className={fr.cx('fr-mb-4w')}
          title="Démonstration : aucun courriel n’est réellement envoyé."
          description="Le lien apparaît dans la boîte de démonstration."
          link={{ linkProps: { href: '/courriels' }, text: 'Ouvrir la boîte de démonstration' }}
        />
      )}
      <p>
        Indiquez l’adresse électronique de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de
        passe. Le lien est valable une heure et ne sert qu’une fois.
      </p>
      <div className={fr.cx('fr-mt-4w')}>
        <ForgotPasswordForm />
      </div>
      <h2 className={fr.cx('fr-h5', 'fr-mt-6w')}>Vous n’avez plus accès à cette adresse ?</h2>
      <p>
        Élèves : adressez-vous à votre professeur principal. Les autres utilisateurs peuvent{' '}
        <Link href="/contact">nous contacter</Link>.
      </p>
      <p>
        <Link href="/connexion">Retour à la connexion</Link>
      </p>
    </PageContainer>
  );
}
