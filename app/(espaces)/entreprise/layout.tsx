import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { getCurrentUser } from '@/lib/auth/session';

/**
 * Every page of a suspended organisation's members says so, with the admin's reason: they can
 * still read their offers and team, and every change is refused (lib/hosts/policy.ts).
 */
export default async function HostSpaceLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user?.suspension && (
        <div className={fr.cx('fr-container', 'fr-mt-4w')}>
          <Alert
            severity="error"
            title="Votre structure est suspendue par l’équipe nationale"
            description={`Raison : ${user.suspension.reason}. Ses offres ne sont plus proposées aux élèves ; vous pouvez consulter vos offres et votre équipe, mais plus les modifier. Pour en parler, écrivez à l’équipe nationale depuis la page Contact.`}
          />
        </div>
      )}
      {children}
    </>
  );
}
