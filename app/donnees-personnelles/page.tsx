import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { PageContainer } from '@/components/layout/page-container';
import { contactEmail } from '@/components/layout/brand';

export const metadata: Metadata = { title: 'Données personnelles' };

/** Written for pupils (most are 14 or 15) and their parents: short sentences, no legal jargon. */
export default function PersonalDataPage() {
  const email = contactEmail();
  return (
    <PageContainer
      title="Vos données personnelles"
      lead="Cette page explique, simplement, quelles informations le site garde sur vous, pourquoi, et qui peut les voir."
      breadcrumb="Données personnelles"
      narrow
    >
      <h2>Pourquoi ce site a besoin de vos données</h2>
      <p>
        Pour aider chaque élève de 3e à trouver un stage, à envoyer ses candidatures et à préparer la convention de
        stage avec son collège et la structure qui l’accueille. Le site ne sert à rien d’autre : vos données ne sont ni
        vendues, ni utilisées pour de la publicité.
      </p>

      <h2>Ce que le site garde sur un élève</h2>
      <ul>
        <li>son nom, son prénom, son adresse électronique, son collège et sa classe ;</li>
        <li>la date à laquelle l’autorisation parentale a été remise au collège ;</li>
        <li>son CV et ses lettres de motivation, s’il les écrit sur le site ;</li>
        <li>ses candidatures et leurs réponses ;</li>
        <li>s’il est une fille ou un garçon (facultatif), uniquement pour des statistiques sans nom.</li>
      </ul>

      <h2>Qui peut voir ces informations</h2>
      <ul>
        <li>les professeurs et le chef d’établissement de son collège, pour l’accompagner ;</li>
        <li>
          une structure d’accueil voit le nom, le CV et la lettre de motivation d’un élève seulement s’il a candidaté à
          l’une de ses offres ;
        </li>
        <li>les représentants de l’État voient seulement des chiffres, jamais de noms.</li>
      </ul>

      <h2>Le rôle des parents</h2>
      <p>
        Un élève ne voit aucune offre tant qu’un parent ou un représentant légal n’a pas signé l’autorisation
        parentale, remise au professeur principal. La convention de stage est aussi signée par les représentants
        légaux.
      </p>

      <h2>Combien de temps</h2>
      <p>
        Les informations sont gardées le temps de l’année scolaire du stage. Ensuite, le compte de l’élève est supprimé
        ou rendu anonyme, sauf ce que la loi oblige à conserver (par exemple les conventions signées).
      </p>

      <h2>Cookies</h2>
      <p>
        Le site utilise un seul cookie, indispensable pour rester connecté. Votre choix de thème (clair ou sombre) est
        gardé dans votre navigateur. Il n’y a aucun cookie de mesure d’audience ni de publicité : c’est pour cela qu’on
        ne vous demande pas votre accord.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous pouvez demander à voir vos données, à les corriger ou à les supprimer. Un élève peut le faire lui-même,
        ou avec ses parents. Écrivez à <a href={`mailto:${email}`}>{email}</a>.
      </p>
      <p className={fr.cx('fr-text--sm')}>
        Si vous pensez que vos droits ne sont pas respectés, vous pouvez vous adresser à la Commission nationale de
        l’informatique et des libertés (CNIL), sur le site cnil.fr.
      </p>
    </PageContainer>
  );
}
