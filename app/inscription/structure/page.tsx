import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { HostSignUpForm } from '@/components/hosts/host-sign-up-form';
import { PageContainer } from '@/components/layout/page-container';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { listSignUpChoices } from '@/lib/hosts/queries';

export const metadata: Metadata = { title: 'Inscrire une structure d’accueil' };

export default async function HostSignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const choices = await listSignUpChoices();

  return (
    <PageContainer
      title="Inscrire une structure d’accueil"
      lead="Entreprises, administrations et associations : accueillez des élèves de 3e des collèges de l’éducation prioritaire pour une semaine d’observation."
      breadcrumb="Structure d’accueil"
      narrow
    >
      <p>
        Avant de publier une offre, lisez la <Link href="/charte-qualite">charte de qualité d’une offre de stage</Link>{' '}
        : cinq jours d’observation, 7 heures par jour au plus, la découverte de plusieurs métiers.
      </p>
      <p className={fr.cx('fr-text--sm')}>Tous les champs sont obligatoires, sauf mention contraire.</p>
      <HostSignUpForm ministries={choices.ministries} paqteGroups={choices.paqteGroups} />
      <p className={fr.cx('fr-mt-4w')}>
        Un collègue a déjà inscrit votre structure ? Demandez-lui de vous inviter depuis son espace. Vous avez déjà un
        compte ? <Link href="/connexion">Se connecter</Link>.
      </p>
    </PageContainer>
  );
}
