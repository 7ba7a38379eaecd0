import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { unstable_rethrow } from 'next/navigation';
import { getCurrentUser, getUnverifiedAccount, VERIFICATION_PATH } from '@/lib/auth/session';
import { roleSpaces } from '@/lib/auth/types';
import { log } from '@/lib/log';
import { SignOutButton } from './sign-out-button';
import { SiteNavigation, type NavigationLink } from './site-navigation';
import { brandTop, homeLinkProps, serviceName, serviceTagline } from './brand';

/**
 * The DSFR header. Its quick-access items depend on the session, so every page that renders it
 * is dynamic; role spaces re-check access themselves (a header link is not an authorisation).
 */
export async function SiteHeader() {
  const user = await orAnonymous(getCurrentUser);
  const space = user ? roleSpaces[user.role] : null;
  // Signed in, address not verified yet: the way back to the page that says so (which has its own
  // sign-out button), never "Se connecter".
  const unverified = !user && (await orAnonymous(getUnverifiedAccount));

  const quickAccessItems: HeaderProps['quickAccessItems'] = space
    ? [
        { iconId: 'fr-icon-account-circle-line', text: space.label, linkProps: { href: space.path } },
        { iconId: 'fr-icon-user-setting-line', text: 'Mon compte', linkProps: { href: '/compte' } },
        headerFooterDisplayItem,
        <SignOutButton key="sign-out" />,
      ]
    : [
        headerFooterDisplayItem,
        unverified
          ? { iconId: 'fr-icon-mail-line', text: 'Vérifier mon adresse', linkProps: { href: VERIFICATION_PATH } }
          : { iconId: 'fr-icon-lock-line', text: 'Se connecter', linkProps: { href: '/connexion' } },
      ];

  const navigation: NavigationLink[] = [
    { text: 'Accueil', href: '/' },
    ...(space ? [{ text: space.label, href: space.path }] : []),
    ...(user?.role === 'host' || user?.role === 'operator' ? [{ text: 'Mes offres', href: '/entreprise/offres' }] : []),
    { text: 'Offres de stage', href: '/offres' },
    { text: 'Contact', href: '/contact' },
  ];

  return (
    <Header
      brandTop={brandTop}
      serviceTitle={serviceName}
      serviceTagline={serviceTagline}
      homeLinkProps={homeLinkProps}
      quickAccessItems={quickAccessItems}
      navigation={<SiteNavigation links={navigation} />}
    />
  );
}

/** Public pages stay up when the database is not: the header then shows the anonymous links. */
async function orAnonymous<T>(read: () => Promise<T>): Promise<T | null> {
  return read().catch((error: unknown) => {
    unstable_rethrow(error);
    log('error', 'header_session_unavailable', { error });
    return null;
  });
}
