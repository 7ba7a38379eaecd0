import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { BackToAccount } from '@/components/account/back-to-account';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { PageContainer } from '@/components/layout/page-container';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Supprimer mon compte' };

export default async function DeleteAccountPage() {
  const user = await requireUser();
  // Checked again by the deletion itself; said here first so a head does not fill the form for nothing.
  const isHead = user.staffRole === 'head';

  return (
    <PageContainer title="Supprimer mon compte" breadcrumb="Supprimer mon compte" narrow>
      <h2>Ce qui se passe</h2>
      {user.role === 'pupil' ? (
        // Pupils are addressed with "tu", as on the rest of their pages.
        <>
          <ul>
            <li>
              Ton nom, ton adresse électronique et ton mot de passe sont effacés : personne ne pourra plus se connecter
              à ce compte.
            </li>
            <li>Tu es déconnecté tout de suite. La suppression est définitive.</li>
            <li>
              Tes candidatures en cours sont annulées et tes lettres de motivation effacées. Ton collège, ta classe et
              l’historique de tes candidatures restent, sans ton nom, pour les statistiques du dispositif.
            </li>
            <li>Si ton stage est déjà confirmé, préviens ton professeur principal et la structure qui t’accueille.</li>
          </ul>
          <p>
            Avant de partir, tu peux{' '}
            <a href="/compte/donnees" download>
              télécharger tes données
            </a>
            .
          </p>
        </>
      ) : (
        <>
          <ul>
            <li>
              Votre nom, votre adresse électronique et votre mot de passe sont effacés : personne ne pourra plus se
              connecter à ce compte.
            </li>
            <li>Vous êtes déconnecté tout de suite. La suppression est définitive.</li>
            {user.role !== 'admin' && (
              <li>Votre accès à votre établissement, à votre structure ou à votre territoire prend fin.</li>
            )}
          </ul>
          <p>
            Avant de partir, vous pouvez{' '}
            <a href="/compte/donnees" download>
              télécharger vos données
            </a>
            .
          </p>
        </>
      )}

      {isHead ? (
        <Alert
          className={fr.cx('fr-mt-4w')}
          severity="warning"
          as="h2"
          title="Transmettez d’abord la direction du collège"
          description={
            <>
              Vous êtes chef d’établissement : sans vous, le collège ne pourrait plus gérer son équipe. Écrivez à
              l’équipe nationale (<Link href="/contact">page Contact</Link>) pour que ce rôle soit confié à votre
              successeur ; vous pourrez ensuite supprimer votre compte.
            </>
          }
        />
      ) : (
        <>
          <h2 className={fr.cx('fr-mt-4w')}>Confirmer la suppression</h2>
          <DeleteAccountForm />
        </>
      )}
      <BackToAccount />
    </PageContainer>
  );
}
