import type { FieldSpec } from './fields-form';

type Option = { value: string; label: string };

/** The fields of a holiday period, shared by the add form and the edit page. */
export function holidayFields(
  values: { zone: string; schoolYear: string; name: string; startsOn: string; endsOn: string },
  zones: Option[],
  years: Option[],
): FieldSpec[] {
  return [
    { name: 'zone', label: 'Zone', options: zones, defaultValue: values.zone },
    { name: 'schoolYear', label: 'Année scolaire', options: years, defaultValue: values.schoolYear },
    { name: 'name', label: 'Nom', hint: 'Par exemple « Vacances de printemps ».', defaultValue: values.name },
    { name: 'startsOn', label: 'Premier jour sans classe', type: 'date', defaultValue: values.startsOn },
    { name: 'endsOn', label: 'Dernier jour sans classe', type: 'date', defaultValue: values.endsOn },
  ];
}
