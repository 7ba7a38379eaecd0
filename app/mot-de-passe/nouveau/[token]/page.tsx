import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { PageContainer } from '@/components/layout/page-container';
import { isPasswordResetLinkValid } from '@/lib/account/queries';

// The token is in the address: it must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: 'Choisir un nouveau mot de passe', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;

  if (!(await isPasswordResetLinkValid(token))) {
    return (
      <PageContainer title="Ce lien n’est plus valable" breadcrumb="Nouveau mot de passe" narrow>
        <p>
          Un lien de réinitialisation ne sert qu’une fois et pendant une heure. Seul le dernier lien demandé fonctionne.
          Demandez-en un nouveau : il arrive en quelques minutes.
        </p>
        <Button linkProps={{ href: '/mot-de-passe/oublie' }}>Demander un nouveau lien</Button>
      </PageContainer>
    );
  }

  return (
    <PageContainer title="Choisir un nouveau mot de passe" breadcrumb="Nouveau mot de passe" narrow>
      <p>Ce mot de passe remplacera l’ancien. Vous vous connecterez ensuite avec lui.</p>
      <div className={fr.cx('fr-mt-4w')}>
        <ResetPasswordForm token={token} />
      </div>
    </PageContainer>
  );
}
