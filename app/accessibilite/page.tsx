import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { contactEmail, serviceName } from '@/components/layout/brand';

export const metadata: Metadata = { title: 'Déclaration d’accessibilité' };

/** RGAA 4.1 accessibility statement. The status stays "non conforme" until a full audit is done. */
export default function AccessibilityPage() {
  const email = contactEmail();
  return (
    <PageContainer title="Déclaration d’accessibilité" breadcrumb="Accessibilité" narrow>
      <p>
        L’État s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles, conformément à
        l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au site {serviceName}.
      </p>

      <h2>État de conformité</h2>
      <p>
        <strong>{serviceName} est non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité
        (RGAA), version 4.1, car il n’a pas encore fait l’objet d’un audit de conformité.
      </p>

      <h2>Ce qui est déjà fait</h2>
      <ul>
        <li>le site utilise le système de design de l’État (DSFR), conçu pour être accessible ;</li>
        <li>chaque page est testée automatiquement avec l’outil axe-core (critères WCAG 2.1 niveaux A et AA) ;</li>
        <li>les formulaires sont utilisables au clavier, avec des étiquettes visibles ;</li>
        <li>un thème sombre est disponible dans les paramètres d’affichage.</li>
      </ul>

      <h2>Contenus non accessibles</h2>
      <p>
        Les contenus non accessibles seront listés ici à l’issue de l’audit. Les cartes des offres de stage seront
        toujours accompagnées d’une liste équivalente.
      </p>

      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le 28 novembre 2026.</p>
      <p>Technologies utilisées : HTML, CSS, JavaScript, WAI-ARIA.</p>
      <p>Tests automatiques réalisés avec Chromium et axe-core.</p>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté vers une
        alternative accessible ou obtenir le contenu sous une autre forme : <a href={`mailto:${email}`}>{email}</a>{' '}
        (voir aussi la page <Link href="/contact">Contact</Link>).
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et
        que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :
      </p>
      <ul>
        <li>écrire un message au Défenseur des droits (formulaire en ligne sur defenseurdesdroits.fr) ;</li>
        <li>contacter le délégué du Défenseur des droits dans votre région ;</li>
        <li>
          envoyer un courrier gratuit, sans timbre, à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
        </li>
      </ul>
    </PageContainer>
  );
}
