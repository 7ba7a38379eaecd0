import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { type SchoolSearchResult } from '@/lib/schools/queries';
import { SCHOOL_NETWORK_LABELS } from '@/lib/schools/labels';

/** The collège chosen at step one of a sign-up, with a way back to the search. */
export function ChosenSchool({ school, changeHref }: { school: SchoolSearchResult; changeHref: string }) {
  return (
    <div className={fr.cx('fr-p-3w', 'fr-mb-4w')} style={{ border: '1px solid var(--border-default-grey)' }}>
      <p className={fr.cx('fr-text--lg', 'fr-text--bold', 'fr-mb-1v')}>
        {school.name}{' '}
        <Badge small noIcon severity={school.eligible ? 'info' : undefined}>
          {SCHOOL_NETWORK_LABELS[school.network]}
        </Badge>
      </p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {school.postcode} {school.commune} · UAI {school.uai}
      </p>
      <Link
        href={changeHref}
        className={fr.cx('fr-link', 'fr-text--sm', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
      >
        Choisir un autre collège
      </Link>
    </div>
  );
}
