import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ResendVerificationForm } from '@/components/account/verify-email-form';
import { PageContainer } from '@/components/layout/page-container';
import { signOutAction } from '@/lib/auth/actions';
import { getCurrentUser, getUnverifiedAccount } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';

export const metadata: Metadata = { title: 'Vérifiez votre adresse électronique' };

type Props = { searchParams: Promise<{ eleve?: string | string[] }> };

/**
 * Where every sign-up lands ("Consultez votre messagerie": the same page whether or not the address
 * already had an account), and the only page an account whose address is not verified yet can
 * reach once signed in (requireUser sends it here): its address, "Renvoyer le lien", sign-out.
 */
export default async function VerificationPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const account = await getUnverifiedAccount();

  if (account) {
    const pupil = account.role === 'pupil';
    return (
      <PageContainer title="Vérifiez votre adresse électronique" breadcrumb="Vérification de l’adresse" narrow>
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="warning"
          as="h2"
          title="Votre adresse n’est pas encore vérifiée"
          description={
            pupil
              ? `Ton compte est créé, mais tu ne peux pas encore l’utiliser : ouvre le lien envoyé à ${account.email} (il est valable 48 heures).`
              : `Votre compte est créé, mais vous ne pouvez pas encore l’utiliser : ouvrez le lien envoyé à ${account.email} (il est valable 48 heures).`
          }
        />
        <p>
          {pupil
            ? 'Pas de courriel ? Regarde dans les courriers indésirables, ou demande un nouveau lien. Si l’adresse est fausse, déconnecte-toi et inscris-toi de nouveau avec la bonne adresse.'
            : 'Pas de courriel ? Regardez dans les courriers indésirables, ou demandez un nouveau lien. Si l’adresse est fausse, déconnectez-vous et inscrivez-vous de nouveau avec la bonne adresse.'}
        </p>
        <ResendVerificationForm />
        <form action={signOutAction} className={fr.cx('fr-mt-4w')}>
          <Button type="submit" priority="tertiary" iconId="fr-icon-logout-box-r-line" iconPosition="left">
            Se déconnecter
          </Button>
        </form>
      </PageContainer>
    );
  }

  const pupil = (await searchParams).eleve !== undefined;
  return (
    <PageContainer
      title={pupil ? 'Consulte ta messagerie' : 'Consultez votre messagerie'}
      breadcrumb="Vérification de l’adresse"
      narrow
    >
      <p>
        {pupil
          ? 'Nous venons d’envoyer un courriel à l’adresse que tu as indiquée. Ouvre le lien qu’il contient dans les 48 heures pour activer ton compte, puis connecte-toi.'
          : 'Nous venons d’envoyer un courriel à l’adresse que vous avez indiquée. Ouvrez le lien qu’il contient dans les 48 heures pour activer votre compte, puis connectez-vous.'}
      </p>
      <p>
        {pupil
          ? 'Pas de courriel après quelques minutes ? Regarde dans les courriers indésirables. Tu peux aussi te connecter pour demander un nouveau lien.'
          : 'Pas de courriel après quelques minutes ? Regardez dans les courriers indésirables. Vous pouvez aussi vous connecter pour demander un nouveau lien.'}
      </p>
      <p>
        <Link href="/connexion" className={fr.cx('fr-link')}>
          Se connecter
        </Link>
      </p>
    </PageContainer>
  );
}
