import type { Metadata } from 'next';
import { ErrorPage, homeAndContactActions } from '@/components/errors/error-page';

export const metadata: Metadata = { title: 'Accès refusé' };

/** Rendered with a 403 when requireRole() calls forbidden(): signed in, but not for this space. */
export default function Forbidden() {
  return (
    <ErrorPage
      title="Accès refusé"
      code="Erreur 403"
      lead="Votre compte ne donne pas accès à cette page."
      actions={homeAndContactActions}
    >
      <p>
        Cette page est réservée à un autre profil d’utilisateur. Retrouvez votre espace depuis le lien en haut de page.
        Si vous pensez qu’il s’agit d’une erreur, contactez-nous.
      </p>
    </ErrorPage>
  );
}
