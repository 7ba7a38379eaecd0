import type { Metadata } from 'next';
import { ErrorPage, homeAndContactActions } from '@/components/errors/error-page';

export const metadata: Metadata = { title: 'Page non trouvée' };

export default function NotFound() {
  return (
    <ErrorPage
      title="Page non trouvée"
      code="Erreur 404"
      lead="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
      actions={homeAndContactActions}
    >
      <p>
        Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus
        disponible. Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d’accueil.
      </p>
    </ErrorPage>
  );
}
