'use client';

import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { headerLinks } from './header-links';
import { useHeaderState } from './header-state';
import { SignOutButton } from './sign-out-button';
import { SiteNavigation } from './site-navigation';
import { brandTop, homeLinkProps, serviceName, serviceTagline } from './brand';

/**
 * The DSFR header. Rendered for a visitor on the server (prerendered pages read no session), then
 * with the caller's links once the browser knows them (header-state.tsx).
 */
export function SiteHeader() {
  const { state, signingOut } = useHeaderState();
  const { quickAccess, navigation } = headerLinks(state);
  const quickAccessItems: HeaderProps['quickAccessItems'] = quickAccess.map((entry) => {
    if (entry === 'display') return headerFooterDisplayItem;
    if (entry === 'sign-out') return <SignOutButton key="sign-out" onSubmit={signingOut} />;
    return { iconId: entry.iconId, text: entry.text, linkProps: { href: entry.href } };
  });
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
