import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { PageContainer } from '@/components/layout/page-container';
import { ChosenSchool } from '@/components/schools/chosen-school';
import { SchoolSearch } from '@/components/schools/school-search';
import { JoinSchoolForm } from '@/components/staff/join-school-form';
import { getCurrentUser } from '@/lib/auth/session';
import { homePathFor } from '@/lib/auth/types';
import { findSchoolForRegistration, searchSchools } from '@/lib/schools/queries';
import { joinRequestRefusal } from '@/lib/schools/rules';

export const metadata: Metadata = { title: 'Rejoindre l’équipe de mon collège' };

type Props = { searchParams: Promise<{ q?: string | string[]; ecole?: string | string[] }> };

/**
 * Staff sign-up (technical note, Annex 1: "tout professeur peut s'inscrire"): choose a registered
 * collège, a role, an account; the head approves the request before any access.
 */
export default async function StaffSignUpPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const { q, ecole } = await searchParams;
  const query = typeof q === 'string' ? q : '';
  const school = typeof ecole === 'string' ? await findSchoolForRegistration(ecole) : null;
  const refusal = school && joinRequestRefusal(school);

  return (
    <PageContainer title="Rejoindre l’équipe de mon collège" breadcrumb="Inscription des personnels" narrow>
      {school ? (
        <>
          <Stepper currentStep={2} stepCount={2} title="Votre compte" />
          <ChosenSchool school={school} changeHref={`/inscription/personnel?q=${encodeURIComponent(school.commune)}`} />
          {refusal ? (
            <Alert severity="error" as="h2" title="Ce collège ne peut pas encore être choisi" description={refusal} />
          ) : (
            <>
              <p>
                Inscrivez-vous avec votre adresse professionnelle de l’académie. Dès que vous l’aurez vérifiée (un lien
                vous est envoyé), votre chef d’établissement reçoit votre demande par courriel. Vous aurez accès au
                collège dès qu’il l’aura acceptée.
              </p>
              <JoinSchoolForm schoolId={school.id} emailDomain={school.emailDomain} />
            </>
          )}
        </>
      ) : (
        <>
          <Stepper currentStep={1} stepCount={2} title="Votre collège" nextTitle="Votre compte" />
          <p>
            Professeurs, professeurs principaux, CPE, professeurs documentalistes, psychologues de l’Éducation nationale
            et personnels administratifs : cherchez votre collège par sa commune, son nom ou son numéro UAI.
          </p>
          <p className={fr.cx('fr-text--sm')}>
            Vous avez reçu une invitation par courriel ? Ouvrez simplement son lien. Vous êtes chef d’établissement ?{' '}
            <Link href="/inscription/etablissement">Inscrivez votre collège</Link>.
          </p>
          <SchoolSearch
            action="/inscription/personnel"
            query={query}
            results={await searchSchools(query)}
            reasonNotSelectable={joinRequestRefusal}
          />
        </>
      )}
    </PageContainer>
  );
}
