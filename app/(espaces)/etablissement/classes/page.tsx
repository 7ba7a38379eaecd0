import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { PageContainer } from '@/components/layout/page-container';
import { CreateClassForm } from '@/components/classes/class-forms';
import { canCreateClass, canManageClasses, followsOwnClassesOnly } from '@/lib/classes/policy';
import { requireRole } from '@/lib/auth/session';
import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import { formatWeek } from '@/lib/calendar/format';
import { todayInParis } from '@/lib/calendar/weeks';
import { listClasses, type ClassRow } from '@/lib/classes/queries';
import { DoneNotice } from '@/components/forms/done-notice';

export const metadata: Metadata = { title: 'Classes et semaines de stage' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The classes of the current campaign, for every active staff member; opening one per canCreateClass. */
export default async function ClassesPage({ searchParams }: Props) {
  const user = await requireRole('school_staff');
  if (!user.schoolId || !user.staffRole) forbidden();
  const schoolYear = currentOrUpcomingSchoolYear(todayInParis());
  const classes = await listClasses(user, schoolYear);
  const query = await searchParams;
  const saved = classes.find((c) => c.id === query.classe);
  const mayCreate = canCreateClass(user, user.schoolId);
  const ownOnly = followsOwnClassesOnly(user);

  return (
    <PageContainer
      title="Classes et semaines de stage"
      lead={
        ownOnly
          ? `Les classes de 3e dont vous êtes le professeur principal, année scolaire ${schoolYearLabel(schoolYear)}.`
          : `Les classes de 3e ouvertes sur la plateforme pour l’année scolaire ${schoolYearLabel(schoolYear)}.`
      }
    >
      <p>
        <Link href="/etablissement" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          Mon établissement
        </Link>
      </p>
      <DoneNotice
        searchParams={query}
        messages={saved ? { 'classe-enregistree': `La classe ${saved.name} est enregistrée.` } : {}}
      />

      <section aria-labelledby="classes">
        <h2 id="classes">
          {classes.length === 0
            ? ownOnly
              ? 'Aucune classe dont vous êtes le professeur principal'
              : 'Aucune classe ouverte'
            : `${classes.length} classe${classes.length > 1 ? 's' : ''} ouverte${classes.length > 1 ? 's' : ''}`}
        </h2>
        {classes.length === 0 ? (
          <CallOut title="Ouvrez la première classe" titleAs="h3" iconId="fr-icon-team-line">
            {ownOnly
              ? 'Ouvrez votre classe de 3e avec le formulaire ci-dessous : vous en serez le professeur principal. Si elle est déjà ouverte, demandez au chef d’établissement de vous en désigner professeur principal.'
              : mayCreate
                ? 'Ouvrez chaque classe de 3e qui participe avec le formulaire ci-dessous, puis choisissez ses semaines de stage. Ses élèves pourront ensuite s’inscrire en la choisissant.'
                : 'Le chef d’établissement ou un professeur principal ouvre les classes de 3e. Elles apparaîtront ici.'}
          </CallOut>
        ) : (
          <ClassesTable classes={classes} />
        )}
      </section>

      {mayCreate && (
        <section aria-labelledby="ouvrir" className={fr.cx('fr-mt-6w')}>
          <div className={fr.cx('fr-grid-row')}>
            <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
              <h2 id="ouvrir">Ouvrir une classe</h2>
              <p>
                {canManageClasses(user, user.schoolId)
                  ? 'Vous choisirez ensuite ses semaines de stage et son professeur principal.'
                  : 'Vous en serez le professeur principal et choisirez ensuite ses semaines de stage.'}
              </p>
              <CreateClassForm />
            </div>
          </div>
        </section>
      )}
    </PageContainer>
  );
}

function ClassesTable({ classes }: { classes: ClassRow[] }) {
  return (
    <Table
      caption="Classes ouvertes"
      noCaption
      headers={['Classe', 'Professeur principal', 'Élèves', 'Semaines de stage', 'Action']}
      data={classes.map((c) => [
        <Link key="classe" href={`/etablissement/classes/${c.id}`}>
          {c.name}
        </Link>,
        c.mainTeacherName ?? <em key="prof">pas encore désigné</em>,
        c.pupils,
        c.weeks.length === 0 ? (
          <em key="semaines">pas encore choisies</em>
        ) : (
          <ul key="semaines" className={fr.cx('fr-raw-list')}>
            {c.weeks.map((week) => (
              <li key={week}>{formatWeek(week)}</li>
            ))}
          </ul>
        ),
        c.canEdit ? (
          <Link key="modifier" href={`/etablissement/classes/${c.id}/modifier`}>
            Modifier<span className={fr.cx('fr-sr-only')}> la classe {c.name}</span>
          </Link>
        ) : (
          '—'
        ),
      ])}
    />
  );
}
