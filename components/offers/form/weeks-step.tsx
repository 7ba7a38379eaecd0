'use client';

import { useId, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { HookTextField } from '@/components/forms/hook-fields';
import { selectableWeeks } from '@/lib/calendar/campaign-weeks';
import { formatMonth, formatWeek } from '@/lib/calendar/format';
import { type IsoDate } from '@/lib/calendar/weeks';
import type { WeekDemand } from '@/lib/offers/demand-queries';
import { DEMAND_RADIUS_KM, SEATS_PER_WEEK_MAX, SEATS_PER_YEAR_MAX } from '@/lib/offers/rules';
import { weeksSchema, type WeeksContext } from '@/lib/offers/schemas';
import { capitalise, plural } from '@/lib/text/words';
import { OfferStepForm, stepHref } from './offer-step-form';

/** The radius weekDemand counts schools within (its default), as the host reads it. */

const NUMBER = new Intl.NumberFormat('fr-FR');

/** "Semaine du 14 décembre 2026": formatWeek writes it for the middle of a sentence. */
const weekLabel = (week: IsoDate) => capitalise(formatWeek(week));

/** Checkboxes sharing a name give an array, but a lone string or false before the first change. */
function checkedWeeks(value: unknown): IsoDate[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/** "3 collèges à moins de 60 km · 45 élèves sans stage", what the host needs to pick a week. */
function demandHint(demand: WeekDemand): string {
  if (demand.schools === 0) return 'Aucun collège proche n’a choisi cette semaine';
  const pupils =
    demand.pupilsWithoutPlacement > 0
      ? `${plural(demand.pupilsWithoutPlacement, 'élève')} sans stage`
      : 'tous leurs élèves ont déjà un stage';
  return `${plural(demand.schools, 'collège')} à moins de ${DEMAND_RADIUS_KM} km · ${pupils}`;
}

/** The campaign's weeks still to come by month (a Monday belongs to the month it falls in). */
function byMonth(weeks: readonly IsoDate[]): { month: string; label: string; weeks: IsoDate[] }[] {
  const months: { month: string; label: string; weeks: IsoDate[] }[] = [];
  for (const week of weeks) {
    const month = week.slice(0, 7);
    if (months.at(-1)?.month !== month) months.push({ month, label: capitalise(formatMonth(week)), weeks: [] });
    months.at(-1)!.weeks.push(week);
  }
  return months;
}

/**
 * The "Semaines et places" step: the weeks of the campaign still to come, each with the demand of
 * the registered schools nearby so hosts offer the weeks where pupils are (the 2018-2019 lesson:
 * offers on weeks no school chose stay empty), then the seats. Past weeks already recorded are
 * shown, not editable: the server keeps them as they are.
 */
export function WeeksStep({
  offerId,
  context,
  defaultValues,
  demand,
  pastWeeks,
}: {
  offerId: string;
  context: WeeksContext;
  defaultValues: z.input<ReturnType<typeof weeksSchema>>;
  /** null while the offer has no place: there is nothing to measure distances from. */
  demand: WeekDemand[] | null;
  pastWeeks: IsoDate[];
}) {
  const schema = useMemo(() => weeksSchema(context), [context]);
  const weeks = useMemo(() => selectableWeeks(context.schoolYear, context.today), [context.schoolYear, context.today]);
  return (
    <OfferStepForm step="semaines" offerId={offerId} schema={schema} defaultValues={defaultValues}>
      <WeekPicker offerId={offerId} weeks={weeks} demand={demand} pastWeeks={pastWeeks} />
      <SeatsFields weeks={weeks} />
    </OfferStepForm>
  );
}

function WeekPicker({
  offerId,
  weeks,
  demand,
  pastWeeks,
}: {
  offerId: string;
  weeks: IsoDate[];
  demand: WeekDemand[] | null;
  pastWeeks: IsoDate[];
}) {
  const { register, setValue, getValues, getFieldState, formState } = useFormContext();
  const id = useId();
  const error = getFieldState('weeks', formState).error?.message;
  const demandByWeek = useMemo(() => new Map(demand?.map((entry) => [entry.week, entry])), [demand]);
  const wanted = useMemo(
    () => (demand ?? []).filter((entry) => entry.schools > 0).map((entry) => entry.week),
    [demand],
  );
  const months = useMemo(() => byMonth(weeks), [weeks]);

  const choose = (chosen: IsoDate[]) =>
    setValue('weeks', chosen, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const selectWanted = () =>
    choose(
      [...new Set([...checkedWeeks(getValues('weeks')).filter((week) => weeks.includes(week)), ...wanted])].sort(),
    );

  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby={`${id}-legend ${id}-messages`}
      role={error ? 'group' : undefined}
    >
      <legend id={`${id}-legend`} className={fr.cx('fr-fieldset__legend')}>
        Semaines de stage
        <span className={fr.cx('fr-hint-text')}>
          Une ou plusieurs semaines, de mi-octobre à fin avril. Les élèves ne peuvent faire leur stage que pendant les
          semaines choisies par leur collège : proposez celles où des élèves proches cherchent encore un stage.
        </span>
      </legend>

      {pastWeeks.length > 0 && (
        <div className={fr.cx('fr-fieldset__element')}>
          <p className={fr.cx('fr-mb-1w')}>Semaines passées, conservées telles quelles :</p>
          <ul>
            {pastWeeks.map((week) => (
              <li key={week}>
                {weekLabel(week)}{' '}
                <Badge as="span" small noIcon>
                  passée
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}

      {demand === null ? (
        <div className={fr.cx('fr-fieldset__element')}>
          <Notice
            title="Indiquez d’abord le lieu du stage pour voir les semaines choisies par les collèges proches."
            link={{ linkProps: { href: stepHref(offerId, 'lieu') }, text: 'Indiquer le lieu du stage' }}
          />
        </div>
      ) : (
        wanted.length === 0 && (
          <p className={fr.cx('fr-fieldset__element')}>
            Aucun collège inscrit à moins de {DEMAND_RADIUS_KM} km n’a encore choisi ses semaines de stage : choisissez
            celles qui conviennent à votre structure, les collèges plus éloignés peuvent ouvrir la recherche à toute la
            France.
          </p>
        )
      )}

      {weeks.length === 0 ? (
        <p className={fr.cx('fr-fieldset__element')}>
          Il ne reste aucune semaine de stage à venir pour cette campagne.
        </p>
      ) : (
        <>
          <div className={fr.cx('fr-fieldset__element')}>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--sm', 'fr-btns-group--inline-md')}>
              {wanted.length > 0 && (
                <li>
                  <Button type="button" priority="secondary" size="small" onClick={selectWanted}>
                    Sélectionner les semaines choisies par les collèges proches
                  </Button>
                </li>
              )}
              <li>
                <Button type="button" priority="tertiary" size="small" onClick={() => choose([])}>
                  Tout désélectionner
                </Button>
              </li>
            </ul>
          </div>
          {months.map(({ month, label, weeks: monthWeeks }) => (
            <div key={month} className={fr.cx('fr-fieldset__element')}>
              <Checkbox
                legend={label}
                small
                options={monthWeeks.map((week) => {
                  const entry = demandByWeek.get(week);
                  return {
                    label: (
                      <>
                        {weekLabel(week)}
                        {entry && entry.schools > 0 && (
                          <>
                            {' '}
                            <Badge as="span" small noIcon severity="new">
                              Collèges proches
                            </Badge>
                          </>
                        )}
                      </>
                    ),
                    hintText: entry && demandHint(entry),
                    nativeInputProps: { ...register('weeks'), value: week, 'aria-invalid': error ? true : undefined },
                  };
                })}
              />
            </div>
          ))}
        </>
      )}

      <div className={fr.cx('fr-messages-group')} id={`${id}-messages`} aria-live="assertive">
        {error && <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p>}
      </div>
    </fieldset>
  );
}

/** Seats, with the hosting capacity they add up to, recomputed as the host types. */
function SeatsFields({ weeks }: { weeks: IsoDate[] }) {
  const [chosen, perWeekValue, perYearValue] = useWatch({ name: ['weeks', 'seatsPerWeek', 'seatsPerYear'] });
  // Only weeks to come: the summary is about the pupils still to host.
  const weekCount = checkedWeeks(chosen).filter((week) => weeks.includes(week)).length;
  const [perWeek, perYear] = [Number(perWeekValue), Number(perYearValue)];
  const complete =
    weekCount > 0 && Number.isInteger(perWeek) && perWeek >= 1 && Number.isInteger(perYear) && perYear >= 1;

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <HookTextField
            name="seatsPerWeek"
            label="Places par semaine"
            hint="1 place : stage individuel. Plus d’une : stage collectif, plusieurs élèves la même semaine."
            type="number"
            inputMode="numeric"
            min={1}
            max={SEATS_PER_WEEK_MAX}
            step={1}
            required
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <HookTextField
            name="seatsPerYear"
            label="Places sur l’année"
            hint="Le nombre d’élèves que vous accueillerez au plus sur toute la campagne, toutes semaines confondues."
            type="number"
            inputMode="numeric"
            min={1}
            max={SEATS_PER_YEAR_MAX}
            step={1}
            required
          />
        </div>
      </div>
      <p className={fr.cx('fr-mt-2w')} role="status">
        {complete
          ? `Vous accueillerez jusqu’à ${plural(Math.min(perWeek * weekCount, perYear), 'élève')} : ${NUMBER.format(perWeek)} par semaine sur ${plural(weekCount, 'semaine')}, dans la limite de ${NUMBER.format(perYear)} sur l’année.`
          : 'Choisissez au moins une semaine et indiquez vos places : le nombre d’élèves que vous pourrez accueillir s’affichera ici.'}
      </p>
    </>
  );
}
