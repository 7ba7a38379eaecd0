import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fr } from '@codegouvfr/react-dsfr';
import { ActionForm } from '@/components/forms/action-form';
import { AdminPage } from '@/components/admin/admin-page';
import { FieldsForm } from '@/components/admin/fields-form';
import { deleteHolidayPeriodAction, updateHolidayPeriodAction } from '@/lib/admin/reference-actions';
import { findHolidayPeriod } from '@/lib/admin/reference-queries';
import { HOLIDAY_ZONE_LABELS } from '@/lib/calendar/labels';
import { requireRole } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { holidayFields } from '@/components/admin/holiday-fields';

export const metadata: Metadata = { title: 'Modifier une période de vacances – Administration' };

export default async function HolidayPeriodPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole('admin');
  const period = await findHolidayPeriod(admin, (await params).id);
  if (!period) notFound();
  const label = `${period.name}, ${HOLIDAY_ZONE_LABELS[period.zone]}, ${schoolYearLabel(period.schoolYear)}`;
  const years = [period.schoolYear - 1, period.schoolYear, period.schoolYear + 1].map((y) => ({
    value: String(y),
    label: schoolYearLabel(y),
  }));
  const zones = Object.entries(HOLIDAY_ZONE_LABELS).map(([value, text]) => ({ value, label: text }));

  return (
    <AdminPage
      title={label}
      trail={[
        { label: 'Données de référence', href: '/admin/referentiel' },
        {
          label: 'Vacances scolaires',
          href: `/admin/referentiel/vacances?zone=${period.zone}&annee=${period.schoolYear}`,
        },
      ]}
    >
      <FieldsForm
        action={updateHolidayPeriodAction}
        hidden={{ periodId: period.id }}
        fields={holidayFields(
          {
            zone: period.zone,
            schoolYear: String(period.schoolYear),
            name: period.name,
            startsOn: period.startsOn,
            endsOn: period.endsOn,
          },
          zones,
          years,
        )}
        submitLabel="Enregistrer"
      />
      <section aria-labelledby="supprimer" className={fr.cx('fr-mt-6w')}>
        <h2 id="supprimer" className={fr.cx('fr-h4')}>
          Supprimer la période
        </h2>
        <p>Les semaines de stage déjà choisies ne sont pas modifiées ; elles ne seront simplement plus signalées.</p>
        <ActionForm
          action={deleteHolidayPeriodAction}
          hidden={{ periodId: period.id }}
          confirmLabel={`Je confirme la suppression de la période « ${label} »`}
          submitLabel="Supprimer la période"
          priority="secondary"
        />
      </section>
    </AdminPage>
  );
}
