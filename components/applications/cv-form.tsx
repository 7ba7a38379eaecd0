'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { autosaveCvAction, saveCvAction } from '@/lib/applications/actions';
import { CV_FIELDS } from '@/lib/applications/labels';
import { CV_FIELD_MAX, type CvInput } from '@/lib/applications/schemas';
import { initialFormState } from '@/lib/forms';

const AUTOSAVE_DELAY_MS = 1200;
const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

/**
 * The CV, saved as the pupil types (a moment after they stop) and with the button; without
 * JavaScript the button alone saves it. The status line is announced politely.
 */
export function CvForm({ cv }: { cv: CvInput }) {
  const [state, formAction] = useActionState(saveCvAction, initialFormState);
  const [saved, setSaved] = useState<string | null>(null);
  const [autosaveError, setAutosaveError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  const scheduleSave = () => {
    clearTimeout(timer.current);
    setSaved(null);
    timer.current = setTimeout(async () => {
      if (!form.current) return;
      const values = Object.fromEntries(new FormData(form.current));
      const result = await autosaveCvAction(values);
      if (result.ok) {
        setAutosaveError(null);
        setSaved(time.format(new Date(result.savedAt)));
      } else setAutosaveError(Object.values(result.fieldErrors)[0]?.[0] ?? 'Ton CV n’a pas pu être enregistré.');
    }, AUTOSAVE_DELAY_MS);
  };

  return (
    <form ref={form} action={formAction} onInput={scheduleSave}>
      <FormAlert state={state} successTitle="CV enregistré" />
      {CV_FIELDS.map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          hint={field.hint}
          state={state}
          textArea
          maxLength={CV_FIELD_MAX}
          defaultValue={cv[field.name]}
        />
      ))}
      <p className={fr.cx('fr-text--sm')} role="status" aria-live="polite">
        {autosaveError ?? (saved ? `Enregistré automatiquement à ${saved}.` : '')}
      </p>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer mon CV</SubmitButton>
    </form>
  );
}
