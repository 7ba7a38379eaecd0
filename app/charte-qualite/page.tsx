import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { PageContainer } from '@/components/layout/page-container';

export const metadata: Metadata = { title: 'Charte de qualité d’une offre de stage' };

/**
 * Annex 3 of the Prime Minister's circular of 31 July 2019 ("objectif et modalités d'organisation
 * d'un stage de qualité"), rewritten for the organisations that host pupils.
 */
export default function QualityCharterPage() {
  return (
    <PageContainer
      title="Charte de qualité d’une offre de stage"
      lead="Ce que s’engage à offrir une structure qui accueille un élève de 3e pour sa séquence d’observation en milieu professionnel."
      breadcrumb="Charte de qualité"
      narrow
    >
      <h2>Cinq jours pour découvrir un milieu professionnel</h2>
      <p>
        Le stage de 3e dure cinq jours. C’est une <strong>séquence d’observation</strong> : l’élève ne travaille pas, il
        observe comment fonctionne votre organisation et découvre des métiers exercés à{' '}
        <strong>différents niveaux de qualification</strong>, du premier niveau à l’encadrement. Pour beaucoup d’élèves
        des collèges de l’éducation prioritaire, c’est le premier contact avec le monde du travail, souvent sans réseau
        familial pour le trouver.
      </p>

      <h2>Ce qu’un stage de qualité fait découvrir</h2>
      <ul>
        <li>un environnement différent du collège ;</li>
        <li>la réalité d’une activité professionnelle, pour aider l’élève à se projeter dans son avenir ;</li>
        <li>les compétences et le savoir-être qu’exigent différents métiers ;</li>
        <li>une première expérience professionnelle, qui l’aide à construire son projet d’orientation.</li>
      </ul>
      <p>
        Prévoyez des temps d’échange avec vos équipes sur leur parcours, leur expérience et leurs choix, hors du cadre
        de la famille et du collège. Si vous le pouvez, faites visiter l’ensemble de vos services.
      </p>

      <h2>Comment organiser votre offre</h2>
      <ul>
        <li>
          <strong>Individuel ou collectif.</strong> Vous pouvez accueillir un seul élève ou plusieurs élèves la même
          semaine. Les stages collectifs facilitent l’accueil d’élèves dont le collège est éloigné.
        </li>
        <li>
          <strong>Réservé à des collèges partenaires, si vous le souhaitez.</strong> Une offre peut être réservée à un
          ou plusieurs collèges avec lesquels vous avez passé une convention.
        </li>
        <li>
          <strong>Plusieurs semaines.</strong> Proposez votre offre sur plusieurs semaines : les collèges ne choisissent
          pas tous la même, et vous recevrez ainsi des élèves de plusieurs établissements.
        </li>
        <li>
          <strong>Le déjeuner.</strong> Invitez l’élève à déjeuner ou proposez-lui un tarif préférentiel dans votre
          restaurant collectif. Si ce n’est pas possible, prévenez l’élève et sa famille au moment de la signature de la
          convention de stage.
        </li>
        <li>
          <strong>Les horaires.</strong> L’élève est présent <strong>7 heures par jour au plus</strong>, pendant 5
          jours.
        </li>
        <li>
          <strong>La période.</strong> Les stages ont lieu de <strong>mi-octobre à fin avril</strong>.
        </li>
      </ul>

      <h2>Une convention signée avant le premier jour</h2>
      <p>
        Chaque stage fait l’objet d’une convention signée par le collège, votre structure, l’élève et ses représentants
        légaux, avant le début du stage. Le professeur principal prend contact avec vous pour préparer la semaine et
        s’assurer que l’élève est attendu.
      </p>

      <CallOut title="Vous souhaitez accueillir des élèves ?" titleAs="h2" className={fr.cx('fr-mt-6w')}>
        Entreprises, administrations et associations :{' '}
        <Link href="/inscription/structure">inscrivez votre structure</Link>, puis publiez vos offres.
      </CallOut>
      <p className={fr.cx('fr-text--sm')}>
        Source : annexe 3 de la circulaire du Premier ministre n° 6102/SG du 31 juillet 2019, « Objectif et modalités
        d’organisation d’un stage de qualité ».
      </p>
    </PageContainer>
  );
}
