import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { PageContainer } from '@/components/layout/page-container';
import { NoClassYet, SchoolNotRegistered, SignUpSchoolStep } from '@/components/pupils/sign-up-steps';
import { SchoolSearch } from '@/components/schools/school-search';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { SCHOOL_NOT_REGISTERED_MESSAGE } from '@/lib/pupils/schemas';
import { findSignUpSchool } from '@/lib/pupils/queries';
import { searchSchools } from '@/lib/schools/queries';

export const metadata: Metadata = { title: 'Créer mon compte élève' };

type Search = { q?: string | string[]; ecole?: string | string[] };

/** Step 1: find the collège (only registered ones can be chosen). Step 2 (?ecole=): class and account. */
export default async function PupilSignUpPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const params = await searchParams;
  const schoolId = typeof params.ecole === 'string' ? params.ecole : undefined;
  const query = typeof params.q === 'string' ? params.q : '';

  if (schoolId) {
    const school = await findSignUpSchool(schoolId);
    if (school) {
      return (
        <PageContainer title="Créer mon compte élève" breadcrumb="Compte élève" narrow>
          {!school.registered ? (
            <SchoolNotRegistered />
          ) : school.classes.length === 0 ? (
            <NoClassYet schoolName={school.name} />
          ) : (
            <SignUpSchoolStep school={school} />
          )}
        </PageContainer>
      );
    }
  }

  const results = await searchSchools(query);
  return (
    <PageContainer title="Créer mon compte élève" breadcrumb="Compte élève" narrow>
      <Stepper currentStep={1} stepCount={2} title="Trouve ton collège" nextTitle="Ta classe et ton compte" />
      {schoolId && (
        <Alert
          className={fr.cx('fr-mb-4w')}
          severity="warning"
          small
          description="Ce collège est introuvable. Cherche-le de nouveau."
        />
      )}
      <p>
        Écris le nom de ton collège ou de sa ville. Ton professeur principal t’a peut-être donné un lien d’inscription :
        il t’amène directement à ta classe.
      </p>
      <SchoolSearch
        action="/inscription/eleve"
        query={query}
        results={results}
        label="Nom du collège ou ville"
        reasonNotSelectable={(school) => (school.registered ? null : SCHOOL_NOT_REGISTERED_MESSAGE)}
        emptyHint="Vérifie l’orthographe, ou cherche avec le nom de la ville de ton collège. Tu ne le trouves toujours pas ? Demande à ton professeur principal le lien d’inscription de ta classe."
      />
      <p className={fr.cx('fr-mt-4w')}>
        Tu as déjà un compte ? <Link href="/connexion">Se connecter</Link>
      </p>
    </PageContainer>
  );
}
