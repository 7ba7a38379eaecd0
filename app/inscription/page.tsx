import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import Backpack from '@codegouvfr/react-dsfr/picto/Backpack';
import CityHall from '@codegouvfr/react-dsfr/picto/CityHall';
import Companie from '@codegouvfr/react-dsfr/picto/Companie';
import School from '@codegouvfr/react-dsfr/picto/School';
import SelfTraining from '@codegouvfr/react-dsfr/picto/SelfTraining';
import { PageContainer } from '@/components/layout/page-container';

export const metadata: Metadata = { title: 'Inscription' };

const profiles: { title: string; desc: string; detail?: string; href: string; pictogram: ReactNode }[] = [
  {
    title: 'Élève de 3e',
    desc: 'Crée ton compte, choisis ton collège et ta classe, ou utilise le lien donné par ton professeur principal.',
    detail: 'Tu verras les offres quand ton collège aura reçu l’autorisation signée de tes parents.',
    href: '/inscription/eleve',
    pictogram: <Backpack />,
  },
  {
    title: 'Chef d’établissement',
    desc: 'Inscrivez votre collège REP+ ou REP, ou admis par dérogation, puis ouvrez vos classes de 3e et invitez votre équipe.',
    href: '/inscription/etablissement',
    pictogram: <School />,
  },
  {
    title: 'Professeur ou personnel de collège',
    desc: 'Demandez à rejoindre l’équipe de votre collège : votre chef d’établissement valide votre accès.',
    detail: 'Invité par courriel ? Ouvrez simplement le lien reçu.',
    href: '/inscription/personnel',
    pictogram: <SelfTraining />,
  },
  {
    title: 'Structure d’accueil : entreprise, administration, association',
    desc: 'Proposez des stages d’observation d’une semaine, individuels ou collectifs, et répondez aux candidatures.',
    href: '/inscription/structure',
    pictogram: <Companie />,
  },
  {
    title: 'Représentant de l’État',
    desc: 'Préfectures, services académiques, ministères : suivez les indicateurs de votre territoire face aux objectifs.',
    detail: 'Votre accès est ouvert après validation par l’équipe nationale.',
    href: '/inscription/referent',
    pictogram: <CityHall />,
  },
];

export default function SignUpPage() {
  return (
    <PageContainer
      title="Créer un compte"
      lead="Choisissez votre profil : l’inscription prend quelques minutes."
      breadcrumb="Inscription"
    >
      <section aria-labelledby="qui-etes-vous">
        <h2 id="qui-etes-vous">Qui êtes-vous ?</h2>
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {profiles.map((profile) => (
            <li key={profile.href} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
              <Tile
                title={profile.title}
                titleAs="h3"
                desc={profile.desc}
                detail={profile.detail}
                linkProps={{ href: profile.href }}
                pictogram={profile.pictogram}
              />
            </li>
          ))}
        </ul>
      </section>
      <CallOut className={fr.cx('fr-mt-6w')} title="Associations partenaires (opérateurs)" titleAs="h2">
        Les comptes des associations partenaires sont créés par l’équipe nationale.{' '}
        <Link href="/contact">Écrivez-nous</Link> pour en demander un.
      </CallOut>
      <p>
        Vous avez déjà un compte ? <Link href="/connexion">Se connecter</Link>
      </p>
    </PageContainer>
  );
}
