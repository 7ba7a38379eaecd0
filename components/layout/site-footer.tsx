import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { brandTop, homeLinkProps } from './brand';

/** Legal links required of a public service site, with the RGAA status stated honestly. */
export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      accessibility="non compliant"
      accessibilityLinkProps={{ href: '/accessibilite' }}
      termsLinkProps={{ href: '/mentions-legales' }}
      websiteMapLinkProps={{ href: '/plan-du-site' }}
      contentDescription="Mon stage de troisième aide les élèves de 3e des collèges de l’éducation prioritaire à trouver un stage d’observation de qualité, avec leurs professeurs et les structures qui les accueillent."
      bottomItems={[
        { text: 'Données personnelles', linkProps: { href: '/donnees-personnelles' } },
        { text: 'Charte de qualité', linkProps: { href: '/charte-qualite' } },
        { text: 'Statistiques', linkProps: { href: '/statistiques' } },
        { text: 'Contact', linkProps: { href: '/contact' } },
        headerFooterDisplayItem,
      ]}
    />
  );
}
