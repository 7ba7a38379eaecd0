'use client';

import { useWatch } from 'react-hook-form';
import { HookCheckbox, HookRadioField, HookTextField } from '@/components/forms/hook-fields';
import { LUNCH_LABELS } from '@/lib/offers/labels';
import { dailyPresenceMinutes, formatDuration, MAX_DAILY_MINUTES } from '@/lib/offers/rules';
import { practicalSchema } from '@/lib/offers/schemas';
import type { z } from 'zod';
import { OfferStepForm } from './offer-step-form';

const LUNCH_OPTIONS = [
  {
    value: 'canteen_invitation',
    label: LUNCH_LABELS.canteen_invitation,
    hint: 'Dans votre restaurant collectif, sans frais pour la famille.',
  },
  {
    value: 'reduced_rate',
    label: LUNCH_LABELS.reduced_rate,
    hint: 'L’élève déjeune dans votre restaurant collectif à prix réduit.',
  },
  {
    value: 'none',
    label: 'Pas de déjeuner prévu',
    hint: 'L’élève et sa famille en sont prévenus sur l’offre et à la signature de la convention.',
  },
];

/** Step 5: daily hours (7 hours a day at most, Annex 3), lunch and accessibility. */
export function PracticalStep({
  offerId,
  defaultValues,
}: {
  offerId: string;
  defaultValues: z.input<typeof practicalSchema>;
}) {
  return (
    <OfferStepForm step="pratique" offerId={offerId} schema={practicalSchema} defaultValues={defaultValues}>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Horaires, du lundi au vendredi</legend>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <HookTextField name="dailyStart" label="Arrivée" type="time" required />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <HookTextField name="dailyEnd" label="Départ" type="time" required />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <HookTextField
            name="lunchBreakMinutes"
            label="Pause déjeuner (minutes)"
            type="number"
            inputMode="numeric"
            min={0}
            max={180}
            step={5}
            required
          />
        </div>
        <div className="fr-fieldset__element">
          <Presence />
        </div>
      </fieldset>
      <HookRadioField name="lunch" legend="Le déjeuner" options={LUNCH_OPTIONS} />
      <HookCheckbox
        name="accessibleToDisabled"
        label="Le lieu de stage peut accueillir un élève en situation de handicap"
        hint="Accès de plain-pied ou ascenseur, sanitaires adaptés, poste aménageable."
      />
      <HookTextField
        name="accessibilityDetails"
        label="Précisions sur l’accessibilité (facultatif)"
        textArea
        rows={3}
      />
    </OfferStepForm>
  );
}

/** The daily presence as the host types the hours, so the 7-hour limit is clear before submitting. */
function Presence() {
  const [dailyStart, dailyEnd, lunchBreakMinutes] = useWatch({
    name: ['dailyStart', 'dailyEnd', 'lunchBreakMinutes'],
  }) as [string, string, string | number];
  if (!/^\d{2}:\d{2}$/.test(dailyStart ?? '') || !/^\d{2}:\d{2}$/.test(dailyEnd ?? '')) return null;
  const minutes = dailyPresenceMinutes({ dailyStart, dailyEnd, lunchBreakMinutes: Number(lunchBreakMinutes) || 0 });
  if (minutes <= 0) return null;
  return (
    <p className="fr-text--sm fr-mb-0" aria-live="polite">
      Présence de l’élève : <strong>{formatDuration(minutes)} par jour</strong>
      {minutes > MAX_DAILY_MINUTES ? ', au-delà des 7 heures autorisées.' : ' (7 heures au plus).'}
    </p>
  );
}
