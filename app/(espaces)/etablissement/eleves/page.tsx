import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { PageContainer } from '@/components/layout/page-container';
import { ClassFiguresTable, FollowUpKeyFigures, FollowUpList } from '@/components/pupils/follow-up-section';
import { requireRole } from '@/lib/auth/session';
import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { appUrl } from '@/lib/config';
import { followUpFigures, listFollowUp } from '@/lib/pupils/follow-up-queries';
import { FOLLOW_UP_PATH, parseFollowUpParams } from '@/lib/pupils/follow-up-schemas';

export const metadata: Metadata = { title: 'Suivi des élèves' };

const TITLE = 'Suivi des élèves';
const PARENTS = [{ label: 'Mon établissement', href: '/etablissement' }];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Every pupil of the current campaign's classes, for the head and school-wide staff (canFollowSchool);
 * teachers follow their pupils from each class's page, anyone else gets a 403.
 */
export default async function PupilsFollowUpPage({ searchParams }: Props) {
  const user = await requireRole('school_staff');
  const today = todayInParis();
  const figures = await followUpFigures(user, '', today);
  if (!figures) forbidden();
  const asked = parseFollowUpParams(await searchParams);
  // A class of another year, or no class at all: the list of the classes offered instead.
  const params = figures.classes.some((row) => row.classId === asked.classId) ? asked : { ...asked, classId: '' };
  const result = await listFollowUp(user, params, today);
  if (!result) forbidden();
  const schoolYear = currentOrUpcomingSchoolYear(today);
  const page = (children: ReactNode) => (
    <PageContainer
      title={TITLE}
      lead={`Autorisations parentales, candidatures et stages des élèves de 3e, année scolaire ${schoolYearLabel(schoolYear)}.`}
      breadcrumb={TITLE}
      parents={PARENTS}
    >
      {children}
    </PageContainer>
  );

  if (figures.classes.length === 0)
    return page(
      <CallOut title="Aucune classe ouverte pour cette année" titleAs="h2" iconId="fr-icon-team-line">
        Ouvrez d’abord les classes de 3e et choisissez leurs semaines de stage : leurs élèves pourront alors s’inscrire,
        et vous les suivrez ici. <Link href="/etablissement/classes">Ouvrir les classes</Link>
      </CallOut>,
    );

  return page(
    <>
      <section aria-labelledby="chiffres">
        <h2 id="chiffres" className={fr.cx('fr-h4')}>
          En chiffres
        </h2>
        <FollowUpKeyFigures figures={figures.total} />
        <ClassFiguresTable classes={figures.classes} total={figures.total} />
      </section>
      <section aria-labelledby="eleves" className={fr.cx('fr-mt-4w')}>
        <h2 id="eleves" className={fr.cx('fr-h4')}>
          Élèves
        </h2>
        {figures.total.pupils === 0 ? (
          <CallOut title="Aucun élève inscrit pour le moment" titleAs="h3" iconId="fr-icon-user-add-line">
            Les élèves créent leur compte eux-mêmes sur {appUrl('/inscription/eleve')} en choisissant le collège puis
            leur classe, ou directement avec le lien d’inscription de leur classe, à retrouver sur la page de chaque
            classe. Ils apparaîtront ici, et le professeur principal ou la direction enregistrera leur autorisation
            parentale.
          </CallOut>
        ) : (
          <FollowUpList
            path={FOLLOW_UP_PATH}
            params={params}
            result={result}
            classes={figures.classes.map((row) => ({ id: row.classId, name: row.className }))}
          />
        )}
      </section>
    </>,
  );
}
