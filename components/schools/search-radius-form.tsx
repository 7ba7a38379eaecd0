'use client';

import { useActionState } from 'react';
import { FormAlert, SelectField, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { setSearchRadiusAction } from '@/lib/schools/search-settings-actions';
import { searchRadiusOptions } from '@/lib/schools/search-settings-rules';

/** The head's choice of the radius pupils search within around the collège. */
export function SearchRadiusForm({ radiusKm, hint }: { radiusKm: number; hint: string }) {
  const [state, formAction] = useActionState(setSearchRadiusAction, initialFormState);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <SelectField
        name="radiusKm"
        label="Rayon de recherche autour du collège"
        hint={hint}
        state={state}
        options={searchRadiusOptions(radiusKm)}
        defaultValue={String(radiusKm)}
      />
      <SubmitButton priority="secondary">Enregistrer le rayon</SubmitButton>
    </form>
  );
}
