import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { DsfrHead, getHtmlAttributes } from '@/components/dsfr/dsfr-head';
import { DsfrProvider, StartDsfrOnHydration } from '@/components/dsfr/dsfr-provider';
import { DemoBanner } from '@/components/layout/demo-banner';
import { HeaderStateProvider } from '@/components/layout/header-state';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { serviceName } from '@/components/layout/brand';

export const metadata: Metadata = {
  title: { template: `%s | ${serviceName}`, default: serviceName },
  description:
    'Plateforme nationale des stages d’observation de 3e pour les élèves des collèges REP+ et REP : offres de stage près du collège, candidatures, conventions et suivi.',
  applicationName: serviceName,
};

const lang = 'fr';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead />
      </head>
      <body style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
        <DsfrProvider lang={lang}>
          <SkipLinks
            links={[
              { label: 'Aller au contenu', anchor: '#contenu' },
              { label: 'Aller au pied de page', anchor: '#pied-de-page' },
            ]}
          />
          {/* The session is the browser's to ask (header-state.tsx): this layout reads no cookie, so
              the pages the same for everyone are prerendered. */}
          <HeaderStateProvider>
            <SiteHeader />
            <DemoBanner />
          </HeaderStateProvider>
          {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
          <main id="contenu" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
            {children}
          </main>
          <SiteFooter />
          <StartDsfrOnHydration />
        </DsfrProvider>
      </body>
    </html>
  );
}
