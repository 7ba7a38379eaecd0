import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Highlight } from '@codegouvfr/react-dsfr/Highlight';
import { PageContainer } from '@/components/layout/page-container';
import { contactEmail } from '@/components/layout/brand';
import { SENT_EMAIL_RETENTION_DAYS } from '@/lib/notifications/outbox';

export const metadata: Metadata = { title: 'Données personnelles' };

/**
 * Written for pupils (most are 14 or 15, hence "tu" in their section) and their parents: short
 * sentences, no legal jargon, the legal references last.
 */
export default function PersonalDataPage() {
  const email = contactEmail();
  return (
    <PageContainer
      title="Vos données personnelles"
      lead="Ce que le site garde sur vous, pourquoi, combien de temps, et qui peut le voir."
      breadcrumb="Données personnelles"
      narrow
    >
      <Highlight>
        Le site sert à une seule chose : aider les élèves de 3e à trouver un stage et à le préparer avec leur collège et
        la structure qui les accueille. Vos données ne sont ni vendues, ni utilisées pour de la publicité.
      </Highlight>

      <h2 id="eleves">Pour toi, élève</h2>
      <h3>Ce que le site garde sur toi</h3>
      <ul>
        <li>ton prénom, ton nom et ton adresse électronique ;</li>
        <li>ton collège et ta classe ;</li>
        <li>
          si tu es une fille ou un garçon, ou rien si tu préfères ne pas le dire : cela sert seulement à compter, sans
          ton nom, combien de filles et de garçons trouvent un stage ;
        </li>
        <li>la date à laquelle ton collège a reçu l’autorisation signée par tes parents ;</li>
        <li>plus tard, ton CV, tes lettres de motivation et tes candidatures, si tu les écris sur le site.</li>
      </ul>
      <h3>Qui voit quoi</h3>
      <ul>
        <li>tes professeurs, ton chef d’établissement et l’équipe de ton collège, pour t’accompagner ;</li>
        <li>
          une entreprise, une administration ou une association voit ton nom, ton CV et ta lettre seulement quand tu
          candidates à l’une de ses offres (et l’association partenaire qui a publié l’offre pour elle) ;
        </li>
        <li>les représentants de l’État voient seulement des chiffres, jamais ton nom ;</li>
        <li>les autres élèves ne voient rien de toi.</li>
      </ul>
      <h3>Combien de temps</h3>
      <p>
        Ton compte est supprimé à la fin du <strong>31 août qui termine ton année de 3e</strong>, ou plus tôt si tu le
        demandes. Ton nom, ton adresse, ton CV et tes lettres sont alors effacés : il ne reste que des chiffres sans nom
        pour les statistiques. La convention de stage signée, elle, est gardée par ton collège comme ses autres
        documents.
      </p>
      <h3>Ce que tu peux faire</h3>
      <p>
        Depuis la page <Link href="/compte">Mon compte</Link>, une fois connecté, tu peux télécharger tout ce que le
        site sait de toi, corriger ton adresse électronique, et supprimer ton compte. Tu peux aussi demander de l’aide à
        ton professeur principal ou à tes parents.
      </p>

      <h2 id="parents">Pour les parents et représentants légaux</h2>
      <p>
        Votre enfant ne voit aucune offre de stage tant que son collège n’a pas reçu l’autorisation parentale que vous
        avez signée. Le professeur principal ou le chef d’établissement l’enregistre sur le site. Vous signez aussi la
        convention de stage avant le premier jour.
      </p>
      <p>
        Vous pouvez, avec votre enfant, demander à voir ses données, les faire corriger ou les faire supprimer, et vous
        opposer à leur utilisation. Il suffit d’écrire à <a href={`mailto:${email}`}>{email}</a> ou de passer par son
        professeur principal. Nous répondons dans un délai d’un mois.
      </p>

      <h2 id="professionnels">Pour les personnels, les structures d’accueil et les représentants de l’État</h2>
      <p>
        Le site garde votre nom, votre adresse électronique professionnelle, votre rôle et votre établissement, votre
        structure ou votre territoire, ainsi que la date de votre dernière connexion. Votre compte est gardé tant que
        vous l’utilisez : il est supprimé après trois ans sans connexion, ou dès que vous le demandez depuis{' '}
        <Link href="/compte">Mon compte</Link>.
      </p>
      <p>
        Chaque compte créé depuis un formulaire d’inscription reçoit un lien pour vérifier son adresse électronique,
        valable 48 heures. Un compte dont l’adresse n’a pas été vérifiée est supprimé 7 jours après sa création.
      </p>

      <h2 id="courriels">Les courriels du site</h2>
      <p>
        Les messages que le site envoie (invitations, liens pour choisir un mot de passe ou confirmer une adresse,
        nouvelles des candidatures) sont effacés <strong>{SENT_EMAIL_RETENTION_DAYS} jours</strong> après leur envoi. Le
        lien personnel qu’un message contient n’est plus gardé dès que le message est parti. Quand un compte est
        supprimé, les messages qui lui ont été envoyés sont effacés aussitôt.
      </p>

      <h2 id="cadre">Le cadre légal</h2>
      <p>
        Ces données sont utilisées pour une mission de service public : l’organisation des séquences d’observation des
        élèves de 3e (code de l’éducation, articles D. 331-1 à D. 331-9 et D. 332-14) et l’opération nationale des
        stages de 3e pour les élèves de l’éducation prioritaire (circulaire du Premier ministre du 31 juillet 2019).
        C’est la base légale prévue à l’article 6.1.e du règlement général sur la protection des données (RGPD).
      </p>
      <p>
        Le site n’utilise qu’un cookie, indispensable pour rester connecté. Votre choix de thème (clair ou sombre) est
        gardé dans votre navigateur. Il n’y a ni mesure d’audience ni publicité : c’est pour cela qu’on ne vous demande
        pas votre accord.
      </p>

      <h2 id="contact">Nous contacter</h2>
      <p>
        Pour toute question sur vos données : <a href={`mailto:${email}`}>{email}</a>, ou la page{' '}
        <Link href="/contact">Contact</Link>.
      </p>
      <p className={fr.cx('fr-text--sm')}>
        Si vous pensez que vos droits ne sont pas respectés, vous pouvez vous adresser à la Commission nationale de
        l’informatique et des libertés (CNIL), sur le site cnil.fr.
      </p>
    </PageContainer>
  );
}
