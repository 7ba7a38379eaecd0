import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { PageContainer } from '@/components/layout/page-container';
import { contactEmail } from '@/components/layout/brand';

export const metadata: Metadata = { title: 'Contact' };

export default function ContactPage() {
  const email = contactEmail();
  return (
    <PageContainer
      title="Contact"
      lead="Une question sur un stage, un compte ou le fonctionnement du site ? Voici à qui vous adresser."
      breadcrumb="Contact"
      narrow
    >
      <h2>Élèves et parents</h2>
      <p>
        Adressez-vous d’abord au professeur principal ou au chef d’établissement du collège : ce sont eux qui ouvrent
        l’accès aux offres, suivent les candidatures et signent la convention de stage.
      </p>
      <h2>Établissements, structures d’accueil et représentants de l’État</h2>
      <p>
        Écrivez à l’équipe du service :{' '}
        <a href={`mailto:${email}`} className={fr.cx('fr-link')}>
          {email}
        </a>
        . Indiquez le nom de votre établissement ou de votre structure, et la commune. Nous répondons sous cinq jours
        ouvrés.
      </p>
      <h2>Accessibilité</h2>
      <p>
        Si vous ne parvenez pas à utiliser une page ou un service du site, écrivez-nous à la même adresse : nous vous
        apporterons une aide ou l’information sous une autre forme. Consultez aussi la{' '}
        <Link href="/accessibilite">déclaration d’accessibilité</Link>.
      </p>
      <h2>Données personnelles</h2>
      <p>
        Pour exercer vos droits sur vos données, consultez la page{' '}
        <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>
    </PageContainer>
  );
}
