'use client';

import { usePathname } from 'next/navigation';
import { MainNavigation } from '@codegouvfr/react-dsfr/MainNavigation';

export type NavigationLink = { text: string; href: string };

/** Main navigation; client-side only to mark the current section with aria-current. */
export function SiteNavigation({ links }: { links: NavigationLink[] }) {
  const pathname = usePathname();
  return (
    <MainNavigation
      items={links.map(({ text, href }) => ({
        text,
        linkProps: { href },
        isActive: href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`),
      }))}
    />
  );
}
