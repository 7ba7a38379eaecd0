'use client';

import { HookSelectField, HookTextField } from '@/components/forms/hook-fields';
import { structureSchema } from '@/lib/offers/schemas';
import type { z } from 'zod';
import { OfferStepForm } from './offer-step-form';

/** Step 1: who hosts the pupil. Operators choose the organisation when they create the offer. */
export function StructureStep({
  offerId,
  defaultValues,
  organisations,
  organisationName,
}: {
  offerId: string | null;
  defaultValues: z.input<typeof structureSchema>;
  /** Operators creating an offer: the organisations they support. Otherwise null. */
  organisations: { value: string; label: string }[] | null;
  organisationName: string | null;
}) {
  return (
    <OfferStepForm step="structure" offerId={offerId} schema={structureSchema} defaultValues={defaultValues}>
      {organisations ? (
        <HookSelectField
          name="organisationId"
          label="Structure d’accueil"
          hint="L’offre est publiée au nom de cette structure, que votre association accompagne."
          options={organisations}
          placeholder="Choisissez la structure"
        />
      ) : (
        organisationName && (
          <p>
            Structure d’accueil : <strong>{organisationName}</strong>
          </p>
        )
      )}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Le tuteur de l’élève</legend>
        <div className="fr-fieldset__element">
          <p className="fr-text--sm fr-mb-2w">
            La personne qui accueille l’élève et répond au collège. Ses coordonnées ne sont jamais montrées aux élèves.
          </p>
          <HookTextField name="tutorName" label="Prénom et nom" autoComplete="name" required />
          <HookTextField
            name="tutorRole"
            label="Fonction (facultatif)"
            hint="Par exemple : responsable d’exploitation"
            autoComplete="organization-title"
          />
          <HookTextField name="tutorEmail" label="Adresse électronique" type="email" autoComplete="email" required />
          <HookTextField
            name="tutorPhone"
            label="Téléphone (facultatif)"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            hint="Par exemple : 01 23 45 67 89"
          />
        </div>
      </fieldset>
    </OfferStepForm>
  );
}
