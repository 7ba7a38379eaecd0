import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { BackToAccount } from '@/components/account/back-to-account';
import { PageContainer } from '@/components/layout/page-container';
import { requireUser } from '@/lib/auth/session';
import { DoneNotice } from '@/components/forms/done-notice';

export const metadata: Metadata = { title: 'Changer mon mot de passe' };

export default async function ChangePasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const pupil = (await requireUser()).role === 'pupil';
  return (
    <PageContainer title="Changer mon mot de passe" breadcrumb="Changer mon mot de passe" narrow>
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          'mot-de-passe-modifie': {
            title: 'Mot de passe modifié',
            description: pupil
              ? 'Tes autres appareils ont été déconnectés : reconnecte-toi sur chacun avec le nouveau mot de passe.'
              : 'Vos autres appareils ont été déconnectés : reconnectez-vous-y avec le nouveau mot de passe.',
          },
        }}
      />
      <p>
        {pupil
          ? 'Écris ton mot de passe actuel, puis le nouveau. Tu seras déconnecté de tes autres appareils.'
          : 'Saisissez votre mot de passe actuel, puis le nouveau. Toutes vos autres sessions seront fermées.'}
      </p>
      <div className={fr.cx('fr-mt-4w')}>
        <ChangePasswordForm />
      </div>
      <BackToAccount />
    </PageContainer>
  );
}
