import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { SCHOOL_NOT_REGISTERED_MESSAGE } from '@/lib/pupils/schemas';
import { PupilSignUpForm } from './pupil-sign-up-form';

function SearchAgain() {
  return (
    <p className={fr.cx('fr-mt-4w')}>
      <Link href="/inscription/eleve" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
        Chercher un autre collège
      </Link>
    </p>
  );
}

/** Step 2 of the pupil sign-up: the collège is chosen (by search or by the class link). */
export function SignUpSchoolStep({
  school,
  invite,
}: {
  school: { id: string; name: string; commune: string; classes: { id: string; name: string }[] };
  invite?: { token: string; classId: string; className: string };
}) {
  return (
    <>
      <Stepper currentStep={2} stepCount={2} title="Ta classe et ton compte" />
      <p>
        Ton collège : <strong>{school.name}</strong> ({school.commune}).{' '}
        {!invite && <Link href="/inscription/eleve">Ce n’est pas ton collège ?</Link>}
      </p>
      {!invite && (
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="info"
          small
          description="Tu n’as pas le lien d’inscription de ta classe ? Tu peux quand même créer ton compte : ton professeur principal devra ensuite confirmer que tu es bien dans sa classe. Avec le lien, tu es inscrit tout de suite."
        />
      )}
      <p className={fr.cx('fr-text--sm')}>Tous les champs sont obligatoires.</p>
      <PupilSignUpForm schoolId={school.id} classes={school.classes} invite={invite} />
    </>
  );
}

export function SchoolNotRegistered() {
  return (
    <>
      <Alert
        severity="warning"
        as="h2"
        title="Tu ne peux pas encore créer ton compte"
        description={SCHOOL_NOT_REGISTERED_MESSAGE}
      />
      <SearchAgain />
    </>
  );
}

export function NoClassYet({ schoolName }: { schoolName: string }) {
  return (
    <>
      <Alert
        severity="info"
        as="h2"
        title="Ta classe n’est pas encore ouverte"
        description={`${schoolName} n’a pas encore ouvert ses classes de 3e sur la plateforme. Ton professeur principal ou ton chef d’établissement doit d’abord ouvrir ta classe. Parles-en à ton professeur principal, puis reviens ici.`}
      />
      <SearchAgain />
    </>
  );
}

export function InviteLinkExpired() {
  return (
    <>
      <Alert
        severity="warning"
        as="h2"
        title="Ce lien d’inscription ne fonctionne plus"
        description="Ton professeur principal a peut-être créé un nouveau lien. Demande-le-lui, ou cherche ton collège et ta classe toi-même."
      />
      <p className={fr.cx('fr-mt-4w')}>
        <Link href="/inscription/eleve">Chercher mon collège</Link>
      </p>
    </>
  );
}
