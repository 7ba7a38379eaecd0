import { formatWeek } from '@/lib/calendar/format';
import { HOLIDAY_ZONE_LABELS, type HolidayZone } from '@/lib/calendar/labels';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import type { PickerWeek, WeekPicker } from '@/lib/schools/week-picker-rules';
import { lowerFirst, plural } from '@/lib/text/words';

/* What the head reads in the week picker of a class (week-picker-field.tsx), sentence by sentence. */

const AND = new Intl.ListFormat('fr-FR', { type: 'conjunction' });

/** "zone C", "Corse", "La Réunion": a holiday zone inside a sentence. */
export function zoneName(zone: HolidayZone): string {
  const label = HOLIDAY_ZONE_LABELS[zone];
  return label.startsWith('Zone ') ? lowerFirst(label) : label;
}

/**
 * The facts under one week, one line each: its holidays alone (a recorded one is to be unchecked:
 * the class form refuses it), or the warning of the week before a holiday, then the neighbours and
 * the free seats.
 */
export function weekFacts(
  entry: PickerWeek,
  { zone, radiusKm, located }: Pick<WeekPicker, 'zone' | 'radiusKm' | 'located'>,
  recorded: boolean,
): string[] {
  if (entry.holiday)
    return [
      `${entry.holiday.name} (${zoneName(zone)}) : pas de stage pendant les vacances${recorded ? ', décochez cette semaine' : ''}`,
    ];
  const around = `à moins de ${radiusKm} km`;
  return [
    ...(entry.holidayAfter ? [`Dernière semaine avant les ${lowerFirst(entry.holidayAfter.name)} : à éviter`] : []),
    ...(!located
      ? []
      : [
          entry.otherSchools === 0
            ? `Aucun autre collège ${around}`
            : `${plural(entry.otherSchools, 'autre collège')} ${around} · ${plural(entry.theirPupils, 'élève')}`,
          entry.freeSeats === 0
            ? `Aucune place libre ${around}`
            : `${plural(entry.freeSeats, 'place libre')} ${around}`,
        ]),
  ];
}

/** Which weeks are suggested and why, above the list; or why none is. */
export function suggestionSummary({ weeks, radiusKm, located }: WeekPicker): string {
  if (!located)
    return 'La position de votre collège n’est pas connue : les autres collèges et les places libres autour de lui ne peuvent pas être comptés.';
  const suggested = weeks.filter((entry) => entry.suggested).map((entry) => formatWeek(entry.week));
  if (suggested.length === 0)
    return `Aucune place libre à moins de ${radiusKm} km pour l’instant : aucune semaine n’est suggérée. Choisissez des semaines peu prises par les collèges proches.`;
  const [title, which] =
    suggested.length === 1 ? ['Semaine suggérée', 'C’est celle'] : ['Semaines suggérées', 'Ce sont celles'];
  return `${title} : ${AND.format(suggested)}. ${which} où il reste le plus de places libres à moins de ${radiusKm} km pour chaque élève à placer, les vôtres et ceux des autres collèges proches qui ont choisi la même semaine.`;
}

/** The notice of a school year whose holidays are not recorded for the zone yet. */
export function missingCalendarNotice({ schoolYear, zone }: Pick<WeekPicker, 'schoolYear' | 'zone'>): string {
  return `Le calendrier des vacances scolaires ${schoolYearLabel(schoolYear)} (${zoneName(zone)}) n’est pas encore publié sur la plateforme : vérifiez que vos semaines ne tombent pas pendant les vacances.`;
}
