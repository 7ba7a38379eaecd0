import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { AdminPage } from '@/components/admin/admin-page';
import { DoneNotice } from '@/components/forms/done-notice';
import { FieldsForm } from '@/components/admin/fields-form';
import { FilterForm } from '@/components/admin/filter-form';
import { createHolidayPeriodAction } from '@/lib/admin/reference-actions';
import { holidayCoverage, listHolidayPeriods } from '@/lib/admin/reference-queries';
import { HOLIDAY_ZONE_LABELS, type HolidayZone } from '@/lib/calendar/labels';
import { requireRole } from '@/lib/auth/session';
import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import { holidayFields } from '@/components/admin/holiday-fields';
import { formatDay } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Vacances scolaires – Administration' };

export default async function HolidaysPage({
  searchParams,
}: {
  searchParams: Promise<{ zone?: string; annee?: string; fait?: string }>;
}) {
  const admin = await requireRole('admin');
  const params = await searchParams;
  const zone: HolidayZone = params.zone && params.zone in HOLIDAY_ZONE_LABELS ? (params.zone as HolidayZone) : 'A';
  const current = currentOrUpcomingSchoolYear(new Date().toISOString().slice(0, 10));
  const requested = Number(params.annee);
  const schoolYear = Number.isInteger(requested) && requested >= 2015 && requested <= 2100 ? requested : current;
  // The previous, current and next school years: the weeks pickers of this campaign and the next need them.
  const coverageYears = [current - 1, current, current + 1];
  const [{ periods, years }, coverage] = await Promise.all([
    listHolidayPeriods(admin, { zone, schoolYear }),
    holidayCoverage(admin, coverageYears),
  ]);
  const yearOptions = [...new Set([...years, ...coverageYears, schoolYear])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: schoolYearLabel(y) }));
  const zoneOptions = Object.entries(HOLIDAY_ZONE_LABELS).map(([value, label]) => ({ value, label }));
  const title = `${HOLIDAY_ZONE_LABELS[zone]}, ${schoolYearLabel(schoolYear)}`;

  return (
    <AdminPage
      title="Vacances scolaires"
      trail={[{ label: 'Données de référence', href: '/admin/referentiel' }]}
      lead="Du premier au dernier jour sans classe, inclus (par exemple du samedi au dimanche de la reprise). Une semaine de stage qui chevauche une période est refusée ou signalée."
    >
      <DoneNotice
        searchParams={params}
        messages={{
          ajoute: 'La période est ajoutée.',
          enregistre: 'La période est enregistrée.',
          supprime: 'La période est supprimée.',
        }}
      />
      <FilterForm
        action="/admin/referentiel/vacances"
        selects={[
          { name: 'zone', label: 'Zone', value: zone, options: zoneOptions },
          { name: 'annee', label: 'Année scolaire', value: String(schoolYear), options: yearOptions },
        ]}
      />
      <Table
        caption="Calendriers enregistrés (nombre de périodes par zone)"
        headers={['Zone', ...coverageYears.map(schoolYearLabel)]}
        data={coverage.map((row) => [
          HOLIDAY_ZONE_LABELS[row.zone],
          ...row.periods.map((count, i) =>
            count > 0 ? (
              String(count)
            ) : (
              <Link
                key={coverageYears[i]}
                href={`/admin/referentiel/vacances?zone=${row.zone}&annee=${coverageYears[i]}`}
              >
                À saisir
                <span className={fr.cx('fr-sr-only')}>
                  {' '}
                  : {HOLIDAY_ZONE_LABELS[row.zone]}, {schoolYearLabel(coverageYears[i]!)}
                </span>
              </Link>
            ),
          ),
        ])}
      />
      <p>
        Sans calendrier, les collèges de la zone sont prévenus en choisissant leurs semaines que les vacances ne sont
        pas connues de la plateforme.
      </p>
      {periods.length === 0 ? (
        <p>Aucune période enregistrée pour {title}. Ajoutez-les ci-dessous.</p>
      ) : (
        <Table
          caption={`Périodes de vacances : ${title}`}
          headers={['Vacances', 'Premier jour', 'Dernier jour', 'Action']}
          data={periods.map((period) => [
            period.name,
            formatDay(period.startsOn, 'short'),
            formatDay(period.endsOn, 'short'),
            <Link key="modifier" href={`/admin/referentiel/vacances/${period.id}`}>
              Modifier ou supprimer<span className={fr.cx('fr-sr-only')}> {period.name}</span>
            </Link>,
          ])}
        />
      )}
      <section aria-labelledby="ajouter" className={fr.cx('fr-mt-6w')}>
        <h2 id="ajouter" className={fr.cx('fr-h4')}>
          Ajouter une période
        </h2>
        <FieldsForm
          action={createHolidayPeriodAction}
          fields={holidayFields(
            { zone, schoolYear: String(schoolYear), name: '', startsOn: '', endsOn: '' },
            zoneOptions,
            yearOptions,
          )}
          submitLabel="Ajouter la période"
        />
      </section>
    </AdminPage>
  );
}
