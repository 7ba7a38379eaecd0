import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { FilterForm } from '@/components/admin/filter-form';
import { PageContainer } from '@/components/layout/page-container';
import { CalendarSchoolsTable, CalendarWeeksTable } from '@/components/representatives/calendar-tables';
import { requireRole } from '@/lib/auth/session';
import { HOLIDAY_ZONE_LABELS } from '@/lib/calendar/labels';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { todayInParis } from '@/lib/calendar/weeks';
import { departmentLabel, type CalendarParams } from '@/lib/representatives/calendar';
import { openDepartmentCalendar } from '@/lib/representatives/calendar-queries';

export const metadata: Metadata = { title: 'Calendrier des stages – Pilotage' };

const PATH = '/pilotage/calendrier';

/**
 * The department calendar (issue 12): per internship week, the pupils of the department's registered
 * schools against the seats its published offers propose, holidays shown; then each school's weeks.
 * Académie, region and national representatives choose among the departments they cover.
 */
export default async function DepartmentCalendarPage({ searchParams }: { searchParams: Promise<CalendarParams> }) {
  const user = await requireRole('state_rep');
  const opened = await openDepartmentCalendar(user, await searchParams, todayInParis());
  // Not validated, a ministry scope, or a department outside the territory (?departement=): nothing is shown.
  if (!opened) forbidden();
  const { calendar, departments, years } = opened;
  const place = departmentLabel(calendar.department);
  const year = schoolYearLabel(calendar.schoolYear);
  const zone = HOLIDAY_ZONE_LABELS[calendar.zone];
  const exportHref = (table: string) =>
    `${PATH}/export?departement=${calendar.department.code}&annee=${calendar.schoolYear}&tableau=${table}`;
  const noSchool = calendar.schools.length === 0;
  const noWeekChosen = calendar.weeks.every((week) => week.schools === 0);

  return (
    <PageContainer
      title="Calendrier des stages du département"
      lead={`${place}, année scolaire ${year} : les semaines de stage choisies par les collèges inscrits, face aux places proposées par les offres publiées dans le département.`}
      breadcrumb="Calendrier des stages"
      parents={[{ label: 'Pilotage', href: '/pilotage' }]}
    >
      <FilterForm
        action={PATH}
        selects={[
          ...(departments.length > 1
            ? [
                {
                  name: 'departement',
                  label: 'Département',
                  value: calendar.department.code,
                  options: departments.map((department) => ({
                    value: department.code,
                    label: departmentLabel(department),
                  })),
                },
              ]
            : []),
          {
            name: 'annee',
            label: 'Année scolaire',
            value: String(calendar.schoolYear),
            options: years.map((y) => ({ value: String(y), label: schoolYearLabel(y) })),
          },
        ]}
      />
      {!calendar.holidaysRecorded && (
        <Alert
          severity="warning"
          as="h2"
          small
          // Static information about the page's data, not an event to announce.
          role={undefined}
          title="Calendrier des vacances non enregistré"
          description={`Les vacances scolaires (${zone}) de l’année ${year} ne sont pas encore enregistrées : les semaines de vacances ne sont pas signalées dans le tableau.`}
          className={fr.cx('fr-mb-4w')}
        />
      )}

      <section aria-labelledby="semaines">
        <h2 id="semaines">Élèves et places par semaine</h2>
        <p>
          Pour chaque semaine de la période des stages (mi-octobre à fin avril) : les collèges inscrits du département
          dont une classe a choisi cette semaine, leurs élèves, les places proposées cette semaine-là par les offres
          publiées situées dans le département et celles déjà prises (candidatures acceptées ou confirmées). L’écart est
          le nombre de places offertes moins le nombre d’élèves : négatif, il manque des places cette semaine-là.
          Vacances scolaires : {zone}.
        </p>
        <p>
          <a
            className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-right')}
            href={exportHref('semaines')}
            download
          >
            Télécharger le tableau des semaines (CSV)
          </a>
        </p>
        {noSchool ? (
          <p>Aucun collège du département n’est encore inscrit : aucun élève n’est compté.</p>
        ) : (
          noWeekChosen && <p>Aucune classe des collèges inscrits n’a encore choisi ses semaines de stage.</p>
        )}
        <CalendarWeeksTable
          weeks={calendar.weeks}
          holidaysRecorded={calendar.holidaysRecorded}
          caption={`Élèves et places offertes par semaine de stage – ${place}, ${year}`}
        />
      </section>

      <section aria-labelledby="colleges" className={fr.cx('fr-mt-6w')}>
        <h2 id="colleges">Collèges inscrits et semaines choisies</h2>
        <p>
          <a
            className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-right')}
            href={exportHref('colleges')}
            download
          >
            Télécharger la liste des collèges (CSV)
          </a>
        </p>
        {noSchool ? (
          <p>Aucun collège du département n’est encore inscrit sur la plateforme.</p>
        ) : (
          <CalendarSchoolsTable
            schools={calendar.schools}
            caption={`Collèges inscrits et semaines de stage de leurs classes – ${place}, ${year}`}
          />
        )}
      </section>
    </PageContainer>
  );
}
