'use client';

import { usePathname } from 'next/navigation';
import { MainNavigation } from '@codegouvfr/react-dsfr/MainNavigation';

export type NavigationLink = { text: string; href: string };

/**
 * Main navigation; client-side only to mark the current section with aria-current: the longest
 * link the path starts with (on /entreprise/offres/…, "Mes offres" rather than the space's home).
 */
export function SiteNavigation({ links }: { links: NavigationLink[] }) {
  const pathname = usePathname();
  const matches = (href: string) =>
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  const current = links.filter(({ href }) => matches(href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <MainNavigation
      items={links.map(({ text, href }) => ({ text, linkProps: { href }, isActive: href === current }))}
    />
  );
}
