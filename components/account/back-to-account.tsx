import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';

/** The account sub-pages' way back (the page frame's breadcrumb only knows the home page). */
export function BackToAccount() {
  return (
    <p className={fr.cx('fr-mt-6w')}>
      <Link className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')} href="/compte">
        Retour à mon compte
      </Link>
    </p>
  );
}
