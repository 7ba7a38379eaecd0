'use client';

import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorPage } from './error-page';

/**
 * What error.tsx and global-error.tsx show: a generic message (details stay in the server logs,
 * reachable through the digest), a retry and a way home.
 */
export function UnexpectedError({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <ErrorPage
      title="Erreur inattendue"
      code="Erreur 500"
      lead="Désolé, le service rencontre un problème. Nous travaillons à le résoudre le plus rapidement possible."
      actions={[
        <Button key="retry" onClick={() => reset()}>
          Réessayer
        </Button>,
        // A full page load: the client router may be the thing that failed.
        // eslint-disable-next-line @next/next/no-html-link-for-pages
        <a key="home" className={fr.cx('fr-btn', 'fr-btn--secondary')} href="/">
          Page d’accueil
        </a>,
      ]}
    >
      <p>Essayez de rafraîchir la page ou réessayez un peu plus tard. Si le problème persiste, contactez-nous.</p>
      {digest && <p>Référence de l’erreur : {digest}</p>}
    </ErrorPage>
  );
}
