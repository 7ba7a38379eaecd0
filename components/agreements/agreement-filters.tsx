import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ListFilterForm } from '@/components/data-table/list-filter-form';
import { AGREEMENT_STATE_LABELS } from '@/lib/agreements/labels';
import type { AgreementListFilters } from '@/lib/agreements/list-queries';
import type { AgreementState } from '@/lib/agreements/rules';
import { formatWeek } from '@/lib/calendar/format';

/*
 * The conventions of a school or a host: filters in a plain GET form (state, week, and the pupil's
 * name for the school); the table is agreements-table.tsx.
 */

const STATES = Object.keys(AGREEMENT_STATE_LABELS) as AgreementState[];

export function AgreementFilters({
  path,
  filters,
  weeks,
  withName,
}: {
  path: string;
  filters: AgreementListFilters;
  weeks: string[];
  /** The free text on the pupil's name (the school's list). */
  withName: boolean;
}) {
  const filtered = !!(filters.state || filters.week || filters.q);
  return (
    <ListFilterForm action={path} label="Filtrer les conventions" clearHref={filtered ? path : null}>
      {withName && (
        <FilterColumn width="fr-col-md-3">
          <Input
            label="Nom de l’élève"
            nativeInputProps={{ name: 'q', defaultValue: filters.q, type: 'search', maxLength: 100 }}
          />
        </FilterColumn>
      )}
      <FilterColumn width={withName ? 'fr-col-md-3' : 'fr-col-md-4'}>
        <Select label="État" nativeSelectProps={{ name: 'etat', defaultValue: filters.state }}>
          <option value="">Tous les états</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {AGREEMENT_STATE_LABELS[state]}
            </option>
          ))}
        </Select>
      </FilterColumn>
      <FilterColumn width={withName ? 'fr-col-md-3' : 'fr-col-md-5'}>
        <Select label="Semaine de stage" nativeSelectProps={{ name: 'semaine', defaultValue: filters.week }}>
          <option value="">Toutes les semaines</option>
          {weeks.map((week) => (
            <option key={week} value={week}>
              {formatWeek(week)}
            </option>
          ))}
        </Select>
      </FilterColumn>
    </ListFilterForm>
  );
}

function FilterColumn({
  width,
  children,
}: {
  width: 'fr-col-md-3' | 'fr-col-md-4' | 'fr-col-md-5';
  children: ReactNode;
}) {
  return <div className={fr.cx('fr-col-12', width)}>{children}</div>;
}
