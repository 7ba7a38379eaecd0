'use client';

import { useEffect } from 'react';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { DsfrHead, getHtmlAttributes } from '@/components/dsfr/dsfr-head';
import { DsfrProvider, StartDsfrOnHydration } from '@/components/dsfr/dsfr-provider';
import { UnexpectedError } from '@/components/errors/unexpected-error';
import { brandTop, homeLinkProps, serviceName, serviceTagline } from '@/components/layout/brand';

/**
 * Replaces the root layout when the layout itself fails, so it brings its own <html>, DSFR styles
 * and a static header.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html {...getHtmlAttributes({ lang: 'fr' })}>
      <head>
        <title>{`Erreur inattendue | ${serviceName}`}</title>
        <DsfrHead />
      </head>
      <body>
        <DsfrProvider lang="fr">
          <Header
            brandTop={brandTop}
            serviceTitle={serviceName}
            serviceTagline={serviceTagline}
            homeLinkProps={homeLinkProps}
          />
          <main id="contenu" tabIndex={-1}>
            <UnexpectedError digest={error.digest} reset={reset} />
          </main>
          <StartDsfrOnHydration />
        </DsfrProvider>
      </body>
    </html>
  );
}
