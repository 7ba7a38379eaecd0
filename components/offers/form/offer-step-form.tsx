'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { FormAlert } from '@/components/forms/fields';
import { FORM_ERRORS_MESSAGE, formSuccess, initialFormState, type FormState } from '@/lib/forms';
import { saveOfferStepAction } from '@/lib/offers/actions';
import { OFFER_STEP_LABELS, OFFER_STEPS, type OfferStep } from '@/lib/offers/schemas';

/** A step's page; without a step, the offer's page in the host's space, where it is published. */
export function stepHref(offerId: string, step?: OfferStep): string {
  return `/entreprise/offres/${offerId}${step ? `/${step}` : ''}`;
}

/**
 * One step of the offer form: react-hook-form validates with the step's zod schema as the user
 * goes, the server action parses the same schema again and saves the draft. "Enregistrer le
 * brouillon" stays on the step; "Enregistrer et continuer" goes on. A refusal puts the server's
 * message under each field concerned; what was typed stays in the form.
 */
export function OfferStepForm<S extends z.ZodType<FieldValues, FieldValues>>({
  step,
  offerId,
  schema,
  defaultValues,
  children,
}: {
  step: OfferStep;
  /** null while the offer does not exist yet (first step of a new offer). */
  offerId: string | null;
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  children: ReactNode | ((form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => ReactNode);
}) {
  const router = useRouter();
  const [status, setStatus] = useState<FormState>(initialFormState);
  const [saving, setSaving] = useState(false);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onTouched',
  });
  const index = OFFER_STEPS.indexOf(step);
  const nextStep = OFFER_STEPS[index + 1];

  async function save(next: boolean) {
    setSaving(true);
    const result = await saveOfferStepAction(offerId, step, form.getValues());
    setSaving(false);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {});
      for (const [name, messages] of fields)
        form.setError(name as Path<z.input<S>>, { type: 'server', message: messages[0] });
      if (fields[0]) form.setFocus(fields[0][0] as Path<z.input<S>>);
      setStatus({ status: 'error', message: result.message });
      return;
    }
    const id = result.data.offerId;
    setStatus(formSuccess('Brouillon enregistré. Vous pourrez reprendre cette offre plus tard depuis « Mes offres ».'));
    if (next) router.push(stepHref(id, nextStep));
    else if (!offerId) router.replace(stepHref(id, step));
    // Staying on the step: the page's server data (title in the header, completeness) is re-read.
    else router.refresh();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const next = submitter?.value !== 'draft';
    void form.handleSubmit(
      () => save(next),
      () => setStatus({ status: 'error', message: FORM_ERRORS_MESSAGE }),
    )(event);
  }

  return (
    <>
      <Stepper
        currentStep={index + 1}
        stepCount={OFFER_STEPS.length}
        title={OFFER_STEP_LABELS[step]}
        nextTitle={nextStep && OFFER_STEP_LABELS[nextStep]}
      />
      <FormAlert state={status} successTitle="C’est enregistré" />
      <FormProvider {...form}>
        <form noValidate onSubmit={onSubmit}>
          <p className={fr.cx('fr-text--sm')}>Les champs sont obligatoires sauf mention « facultatif ».</p>
          {typeof children === 'function' ? children(form) : children}
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-4w')}>
            <li>
              <Button type="submit" value="next" disabled={saving} aria-busy={saving || undefined}>
                {saving ? 'Enregistrement…' : nextStep ? 'Enregistrer et continuer' : 'Enregistrer et vérifier'}
              </Button>
            </li>
            <li>
              <Button type="submit" value="draft" priority="secondary" disabled={saving}>
                Enregistrer le brouillon
              </Button>
            </li>
          </ul>
        </form>
      </FormProvider>
    </>
  );
}
