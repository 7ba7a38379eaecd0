'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { DsfrProviderBase, StartDsfrOnHydration } from '@codegouvfr/react-dsfr/next-app-router';
import { defaultColorScheme } from './default-color-scheme';

declare module '@codegouvfr/react-dsfr/next-app-router' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

/** Client half of the DSFR bootstrap: loads the DSFR script and registers next/link for every linkProps. */
export function DsfrProvider({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <DsfrProviderBase lang={lang} defaultColorScheme={defaultColorScheme} Link={Link}>
      {children}
    </DsfrProviderBase>
  );
}

// Must be rendered once after the page tree: the DSFR JavaScript (modals, burger menu) only starts
// in its effect, so that it never touches the DOM before React has finished hydrating.
export { StartDsfrOnHydration };
