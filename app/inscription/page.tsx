import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { PageContainer } from '@/components/layout/page-container';

export const metadata: Metadata = { title: 'Inscription' };

export default function SignUpPage() {
  return (
    <PageContainer title="Inscription" breadcrumb="Inscription" narrow>
      <CallOut title="L’inscription en ligne ouvre prochainement" titleAs="h2" iconId="fr-icon-calendar-line">
        Les comptes des établissements, des structures d’accueil et des représentants de l’État pourront bientôt être
        créés directement sur ce site. En attendant, écrivez-nous : nous créons votre compte.
      </CallOut>
      <h2>Qui peut s’inscrire ?</h2>
      <ul>
        <li>
          <strong>Élèves</strong> : votre professeur principal vous invite à créer votre compte. Vous verrez les offres
          une fois l’autorisation de vos parents remise au collège.
        </li>
        <li>
          <strong>Personnels de collège</strong> : le chef d’établissement inscrit le collège, puis valide l’accès des
          professeurs et des autres personnels.
        </li>
        <li>
          <strong>Structures d’accueil</strong> : entreprises, administrations et associations qui accueillent des
          élèves de 3e pendant une semaine.
        </li>
        <li>
          <strong>Représentants de l’État</strong> : référents désignés par les préfectures, les services académiques
          et les ministères ; leur accès est validé par l’équipe nationale.
        </li>
      </ul>
      <p>
        Pour demander un compte, passez par la page <Link href="/contact">Contact</Link>. Vous avez déjà un compte ?{' '}
        <Link href="/connexion">Se connecter</Link>.
      </p>
      <p className={fr.cx('fr-text--sm')}>Cette page ne collecte aucune donnée.</p>
    </PageContainer>
  );
}
