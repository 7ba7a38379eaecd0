import { fr } from '@codegouvfr/react-dsfr';
import { signOutAction } from '@/lib/auth/actions';

/**
 * Header quick-access item. A plain form so that signing out works before hydration and
 * without JavaScript. The Header clones this element with an `id` (desktop and mobile copies).
 */
export function SignOutButton({ id }: { id?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" id={id} className={fr.cx('fr-btn', 'fr-icon-logout-box-r-line')}>
        Se déconnecter
      </button>
    </form>
  );
}
