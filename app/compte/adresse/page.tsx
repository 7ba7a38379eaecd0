import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { BackToAccount } from '@/components/account/back-to-account';
import { ChangeEmailForm } from '@/components/account/change-email-form';
import { PageContainer } from '@/components/layout/page-container';
import { getAccountOverview } from '@/lib/account/queries';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Changer mon adresse électronique' };

export default async function ChangeEmailPage() {
  const user = await requireUser();
  const { pendingEmail } = await getAccountOverview(user);
  return (
    <PageContainer title="Changer mon adresse électronique" breadcrumb="Changer mon adresse électronique" narrow>
      {user.role === 'pupil' ? (
        <>
          <p>
            Ton adresse actuelle : <strong>{user.email}</strong>.
          </p>
          <p>
            Nous envoyons un lien à la nouvelle adresse pour vérifier qu’elle est bien la tienne. Ton adresse change
            quand tu ouvres ce lien, dans les 24 heures, en étant connecté à ton compte. Nous prévenons aussi ton
            adresse actuelle du changement.
          </p>
        </>
      ) : (
        <>
          <p>
            Votre adresse actuelle : <strong>{user.email}</strong>.
          </p>
          <p>
            Nous envoyons un lien à la nouvelle adresse pour vérifier qu’elle est bien la vôtre. Votre adresse change
            quand vous ouvrez ce lien, dans les 24 heures, en étant connecté à votre compte. Nous prévenons aussi votre
            adresse actuelle du changement.
          </p>
        </>
      )}
      {pendingEmail && (
        <p>
          Une demande vers <strong>{pendingEmail}</strong> attend déjà sa confirmation ; une nouvelle demande la
          remplace.
        </p>
      )}
      <div className={fr.cx('fr-mt-4w')}>
        <ChangeEmailForm />
      </div>
      <BackToAccount />
    </PageContainer>
  );
}
