import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';

export const metadata: Metadata = { title: 'Plan du site' };

const sections = [
  {
    title: 'Découvrir le service',
    links: [
      { href: '/', text: 'Accueil' },
      { href: '/connexion', text: 'Connexion' },
      { href: '/inscription', text: 'Inscription' },
      { href: '/contact', text: 'Contact' },
      { href: '/statistiques', text: 'Statistiques des stages de 3e' },
      { href: '/developpeurs', text: 'API partenaires (associations et plateformes locales)' },
    ],
  },
  {
    title: 'Espaces personnels (après connexion)',
    links: [
      { href: '/eleve', text: 'Espace élève' },
      { href: '/etablissement', text: 'Espace établissement' },
      { href: '/entreprise', text: 'Espace structure d’accueil' },
      { href: '/pilotage', text: 'Pilotage (représentants de l’État)' },
      { href: '/admin', text: 'Administration' },
    ],
  },
  {
    title: 'Informations légales',
    links: [
      { href: '/mentions-legales', text: 'Mentions légales' },
      { href: '/donnees-personnelles', text: 'Données personnelles' },
      { href: '/accessibilite', text: 'Accessibilité' },
    ],
  },
];

export default function SiteMapPage() {
  return (
    <PageContainer title="Plan du site" breadcrumb="Plan du site" narrow>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <ul>
            {section.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.text}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageContainer>
  );
}
