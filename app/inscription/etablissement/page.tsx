import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { PageContainer } from '@/components/layout/page-container';
import { ChosenSchool } from '@/components/schools/chosen-school';
import { HeadRegistrationForm } from '@/components/schools/head-registration-form';
import { SchoolSearch } from '@/components/schools/school-search';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { findSchoolForRegistration, searchSchools } from '@/lib/schools/queries';
import { functionalAddress, headRegistrationRefusal, REGISTRATION_REFUSALS } from '@/lib/schools/rules';

export const metadata: Metadata = { title: 'Inscrire mon collège' };

type Props = { searchParams: Promise<{ q?: string | string[]; ecole?: string | string[] }> };

/**
 * Head sign-up (technical note, Annex 1): find the collège by commune, name or UAI, then give the
 * collège's functional address and a password. Only eligible schools without a head can be chosen;
 * the action checks it again. The school is registered once the functional address is verified.
 */
export default async function HeadSignUpPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const { q, ecole } = await searchParams;
  const query = typeof q === 'string' ? q : '';
  const school = typeof ecole === 'string' ? await findSchoolForRegistration(ecole) : null;

  return (
    <PageContainer title="Inscrire mon collège" breadcrumb="Inscription du collège" narrow>
      {school ? (
        <>
          <Stepper currentStep={2} stepCount={2} title="Vos coordonnées" />
          <ChosenSchool
            school={school}
            changeHref={`/inscription/etablissement?q=${encodeURIComponent(school.commune)}`}
          />
          <Step2 school={school} />
        </>
      ) : (
        <>
          <Stepper currentStep={1} stepCount={2} title="Votre collège" nextTitle="Vos coordonnées" />
          <p>
            Réservé aux chefs d’établissement des collèges en éducation prioritaire (REP+ et REP) et des collèges admis
            par dérogation. Cherchez votre collège par sa commune, son nom ou son numéro UAI.
          </p>
          <p className={fr.cx('fr-text--sm')}>
            Vous êtes professeur ou personnel du collège ?{' '}
            <Link href="/inscription/personnel">Demandez à rejoindre l’équipe</Link>, ou ouvrez le lien d’invitation
            reçu par courriel.
          </p>
          <SchoolSearch
            action="/inscription/etablissement"
            query={query}
            results={await searchSchools(query)}
            reasonNotSelectable={headRegistrationRefusal}
          />
        </>
      )}
    </PageContainer>
  );
}

function Step2({ school }: { school: NonNullable<Awaited<ReturnType<typeof findSchoolForRegistration>>> }) {
  const refusal = headRegistrationRefusal(school);
  if (refusal) {
    return (
      <Alert
        severity="error"
        as="h2"
        title="Ce collège ne peut pas être inscrit"
        description={
          <>
            {refusal}{' '}
            {refusal === REGISTRATION_REFUSALS.alreadyRegistered ? (
              <Link href={`/inscription/personnel?ecole=${school.id}`}>Demander à rejoindre l’équipe</Link>
            ) : (
              <Link href="/contact">Nous contacter</Link>
            )}
          </>
        }
      />
    );
  }
  return (
    <>
      <p>
        Vous serez le chef d’établissement de ce collège sur la plateforme : vous ouvrirez ses classes de 3e, choisirez
        leurs semaines de stage et gérerez les accès de votre équipe. Inscrivez-vous avec l’adresse fonctionnelle du
        collège : le collège est inscrit dès que vous ouvrez le lien envoyé à cette adresse.
      </p>
      <HeadRegistrationForm
        schoolId={school.id}
        functionalAddress={school.emailDomain ? functionalAddress(school.uai, school.emailDomain) : null}
      />
      <p className={fr.cx('fr-text--sm', 'fr-mt-4w')}>
        Vos nom, prénom et adresse servent à gérer l’accès de votre collège et à vous écrire au sujet des stages. Voir{' '}
        <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>
    </>
  );
}
