import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { PageContainer } from '@/components/layout/page-container';
import { EditClassForm } from '@/components/classes/class-forms';
import { canEditClass, canManageClasses } from '@/lib/classes/policy';
import { requireRole } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { formatWeek } from '@/lib/calendar/format';
import { todayInParis } from '@/lib/calendar/weeks';
import { getClassForEdit } from '@/lib/classes/queries';
import { getWeekPicker } from '@/lib/schools/week-picker-queries';
import { listTeacherOptions } from '@/lib/staff/queries';
import { DoneNotice } from '@/components/forms/done-notice';

export const metadata: Metadata = { title: 'Modifier une classe' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Name, main teacher and internship weeks of a class: school-wide staff, or its own main teacher. */
export default async function EditClassPage({ params, searchParams }: Props) {
  const user = await requireRole('school_staff');
  const schoolClass = await getClassForEdit(user, (await params).id);
  if (!schoolClass) notFound();
  if (!canEditClass(user, schoolClass)) forbidden();
  const today = todayInParis();
  const pastWeeks = schoolClass.weeks.filter((week) => week <= today);
  const [teachers, weekPicker] = await Promise.all([
    canManageClasses(user, schoolClass.schoolId) ? listTeacherOptions(user, schoolClass.mainTeacherId) : null,
    getWeekPicker({
      schoolId: schoolClass.schoolId,
      classId: schoolClass.id,
      schoolYear: schoolClass.schoolYear,
      today,
    }),
  ]);
  if (!weekPicker) notFound();

  return (
    <PageContainer
      title={`Modifier la classe ${schoolClass.name}`}
      lead={`Année scolaire ${schoolYearLabel(schoolClass.schoolYear)}`}
    >
      <p>
        <Link
          href={`/etablissement/classes/${schoolClass.id}`}
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          Retour à la classe {schoolClass.name}
        </Link>
      </p>
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          'classe-ouverte': {
            title: `La classe ${schoolClass.name} est ouverte`,
            description:
              'Choisissez maintenant ses semaines de stage et, si ce n’est pas vous, son professeur principal.',
          },
        }}
      />
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
          {!teachers && (
            <p>
              Professeur principal : {schoolClass.mainTeacherName ?? 'pas encore désigné'}. Le chef d’établissement peut
              le changer.
            </p>
          )}
          {pastWeeks.length > 0 && (
            <p>Semaines passées, conservées : {pastWeeks.map((week) => formatWeek(week)).join(' ; ')}.</p>
          )}
          <EditClassForm schoolClass={schoolClass} teachers={teachers} weekPicker={weekPicker} />
        </div>
      </div>
    </PageContainer>
  );
}
