import { fr } from '@codegouvfr/react-dsfr';
import { signOutAction } from '@/lib/auth/actions';

/**
 * Header quick-access item. A plain form posting the server action; `onSubmit` lets the header turn
 * to the visitor's at once. The Header clones this element with an `id` (desktop and mobile copies).
 */
export function SignOutButton({ id, onSubmit }: { id?: string; onSubmit?: () => void }) {
  return (
    <form action={signOutAction} onSubmit={onSubmit}>
      <button type="submit" id={id} className={fr.cx('fr-btn', 'fr-icon-logout-box-r-line')}>
        Se déconnecter
      </button>
    </form>
  );
}
