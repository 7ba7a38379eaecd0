import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { DemoAccounts } from '@/components/auth/demo-accounts';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PageContainer } from '@/components/layout/page-container';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { isDemoMode } from '@/lib/demo/accounts';
import { DoneNotice } from '@/components/forms/done-notice';

export const metadata: Metadata = { title: 'Connexion' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));

  const query = await searchParams;
  const { callbackUrl } = query;
  const demo = isDemoMode();

  return (
    <PageContainer title="Connexion à Mon stage de troisième" breadcrumb="Connexion">
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
          <DoneNotice searchParams={query} messages={NOTICES} />
          <p>
            Élèves, personnels de collège, structures d’accueil et représentants de l’État se connectent ici avec
            l’adresse électronique de leur compte.
          </p>
          {/* The action validates callbackUrl again: only same-site paths are followed. */}
          <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
          <hr className={fr.cx('fr-mt-4w')} />
          <h2 className={fr.cx('fr-h5')}>Vous n’avez pas de compte ?</h2>
          <p>
            <Link href="/inscription" className={fr.cx('fr-link')}>
              Créer un compte
            </Link>
          </p>
        </div>
        {demo && (
          <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
            <DemoAccounts />
          </div>
        )}
      </div>
    </PageContainer>
  );
}

/** Where other pages land after ending a session or changing the password. */
const NOTICES = {
  'mot-de-passe-reinitialise': {
    title: 'Mot de passe modifié',
    description: 'Connectez-vous avec votre nouveau mot de passe.',
  },
  'deconnecte-partout': {
    title: 'Vous êtes déconnecté de tous les appareils',
    description:
      'Toutes les sessions ouvertes avec votre compte sont fermées, celle-ci comprise. Connectez-vous de nouveau pour continuer.',
  },
  'adresse-verifiee': {
    title: 'Adresse vérifiée',
    description: 'Votre compte est activé : connectez-vous pour commencer.',
  },
  'compte-supprime': {
    title: 'Votre compte a été supprimé',
    description:
      'Vos nom, adresse électronique et mot de passe ont été effacés et vous avez été déconnecté. Merci d’avoir utilisé le service.',
  },
} as const;
