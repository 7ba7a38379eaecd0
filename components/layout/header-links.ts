import type { HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { roleSpaces, VERIFICATION_PATH, type HeaderState } from '@/lib/auth/types';
import type { NavigationLink } from './site-navigation';

/** A header quick-access item: a link, the display settings button or the sign-out form. */
export type QuickAccessEntry =
  { iconId: HeaderProps.QuickAccessItem['iconId']; text: string; href: string } | 'display' | 'sign-out';

/**
 * The header's links for the caller's HeaderState. Role spaces re-check access themselves: a header
 * link is not an authorisation.
 */
export function headerLinks({ role, unverified }: HeaderState): {
  quickAccess: QuickAccessEntry[];
  navigation: NavigationLink[];
} {
  const space = role ? roleSpaces[role] : null;
  const quickAccess: QuickAccessEntry[] = space
    ? [
        { iconId: 'fr-icon-account-circle-line', text: space.label, href: space.path },
        { iconId: 'fr-icon-user-setting-line', text: 'Mon compte', href: '/compte' },
        'display',
        'sign-out',
      ]
    : [
        'display',
        // Signed in, address not verified yet: the way back to the page that says so (which has its
        // own sign-out button), never "Se connecter".
        unverified
          ? { iconId: 'fr-icon-mail-line', text: 'Vérifier mon adresse', href: VERIFICATION_PATH }
          : { iconId: 'fr-icon-lock-line', text: 'Se connecter', href: '/connexion' },
      ];
  const navigation: NavigationLink[] = [
    { text: 'Accueil', href: '/' },
    ...(space ? [{ text: space.label, href: space.path }] : []),
    ...(role === 'host' || role === 'operator'
      ? [
          { text: 'Mes offres', href: '/entreprise/offres' },
          { text: 'Candidatures', href: '/entreprise/candidatures' },
          { text: 'Conventions', href: '/entreprise/conventions' },
        ]
      : []),
    ...(role === 'school_staff' ? [{ text: 'Conventions', href: '/etablissement/conventions' }] : []),
    { text: 'Offres de stage', href: '/offres' },
    { text: 'Contact', href: '/contact' },
  ];
  return { quickAccess, navigation };
}
