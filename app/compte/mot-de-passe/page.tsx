import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { BackToAccount } from '@/components/account/back-to-account';
import { PageContainer } from '@/components/layout/page-container';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Changer mon mot de passe' };

export default async function ChangePasswordPage() {
  await requireUser();
  return (
    <PageContainer title="Changer mon mot de passe" breadcrumb="Changer mon mot de passe" narrow>
      <p>Saisissez votre mot de passe actuel, puis le nouveau. Il servira dès votre prochaine connexion.</p>
      <div className={fr.cx('fr-mt-4w')}>
        <ChangePasswordForm />
      </div>
      <BackToAccount />
    </PageContainer>
  );
}
