import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { contactEmail, serviceName } from '@/components/layout/brand';

export const metadata: Metadata = { title: 'Mentions légales' };

export default function LegalNoticePage() {
  const email = contactEmail();
  return (
    <PageContainer title="Mentions légales" breadcrumb="Mentions légales" narrow>
      <h2>Éditeur</h2>
      <p>
        {serviceName} est un service public numérique de l’État, conçu pour mettre en œuvre l’opération nationale des
        stages de troisième pour les élèves des collèges de l’éducation prioritaire (circulaire du Premier ministre n°
        6102/SG du 31 juillet 2019). L’administration éditrice et le directeur de la publication seront indiqués ici
        lors de la mise en service.
      </p>
      <h2>Contact</h2>
      <p>
        Par courriel : <a href={`mailto:${email}`}>{email}</a>. Voir aussi la page <Link href="/contact">Contact</Link>.
      </p>
      <h2>Hébergement</h2>
      <p>
        Le site est hébergé en France, sur une infrastructure choisie par l’administration éditrice. Les coordonnées de
        l’hébergeur seront indiquées ici lors de la mise en service.
      </p>
      <h2>Accessibilité</h2>
      <p>
        Le site n’a pas encore été audité : il est déclaré « non conforme » au référentiel général d’amélioration de
        l’accessibilité (RGAA). Voir la <Link href="/accessibilite">déclaration d’accessibilité</Link>.
      </p>
      <h2>Réutilisation des contenus</h2>
      <p>
        Sauf mention contraire, les textes de ce site sont publiés sous licence ouverte Etalab 2.0 : vous pouvez les
        réutiliser en citant la source. Le logo de la République française et la marque de l’État ne peuvent pas être
        réutilisés.
      </p>
      <h2>Données personnelles et cookies</h2>
      <p>
        Le site dépose uniquement les cookies nécessaires à la connexion. Aucune mesure d’audience ni publicité. Pour en
        savoir plus, voir la page <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>
    </PageContainer>
  );
}
