import { Fragment } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { CheckboxGroup } from '@/components/forms/fields';
import { formatWeek } from '@/lib/calendar/format';
import type { FormState } from '@/lib/forms';
import type { WeekPicker } from '@/lib/schools/week-picker-rules';
import { capitalise } from '@/lib/text/words';
import { missingCalendarNotice, suggestionSummary, weekFacts } from './week-picker-texts';

/**
 * The "Semaines de stage" checkboxes of a class (field `weeks`): one box per week still to come,
 * labelled by the week, with its facts as the box's hint, inside its label, so that a screen reader
 * reads them with it. A holiday week cannot be ticked, unless it was recorded before the calendar
 * was: it then stays ticked for the head to untick. A list rather than a table: it fits a phone.
 */
export function WeekPickerField({
  picker,
  recorded,
  state,
}: {
  picker: WeekPicker;
  /** The class's weeks already recorded. */
  recorded: string[];
  state: FormState;
}) {
  if (picker.weeks.length === 0) return <p>Il ne reste aucune semaine de stage à venir pour cette campagne.</p>;
  return (
    <>
      {!picker.calendarPublished && (
        <Alert className={fr.cx('fr-mb-3w')} severity="warning" small description={missingCalendarNotice(picker)} />
      )}
      <p>{suggestionSummary(picker)}</p>
      <CheckboxGroup
        name="weeks"
        legend="Semaines de stage"
        hint="Une ou plusieurs semaines entre mi-octobre et fin avril, hors vacances scolaires. Les collèges d’un même secteur évitent autant que possible de retenir la même semaine : les offres des entreprises et des administrations proches se répartissent mieux (circulaire du 31 juillet 2019, IV)."
        state={state}
        options={picker.weeks.map((entry) => {
          const isRecorded = recorded.includes(entry.week);
          return {
            value: entry.week,
            label: (
              <>
                {capitalise(formatWeek(entry.week))}
                {entry.suggested && (
                  <>
                    {' '}
                    <Badge as="span" small noIcon severity="success">
                      Semaine suggérée
                    </Badge>
                  </>
                )}
              </>
            ),
            hint: weekFacts(entry, picker, isRecorded).map((fact, i) => (
              <Fragment key={fact}>
                {i > 0 && <br />}
                {fact}
              </Fragment>
            )),
            disabled: entry.holiday !== null && !isRecorded,
          };
        })}
        defaultValues={recorded}
        small
      />
    </>
  );
}
