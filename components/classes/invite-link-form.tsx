'use client';

import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormAlert, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { setClassInviteLinkAction } from '@/lib/classes/actions';
import { ConfirmCheckbox } from '@/components/forms/confirm-checkbox';

/**
 * The class's sign-up link: shown to copy and hand out, created when missing, replaced (after
 * confirmation) when it went further than the class.
 */
export function InviteLinkForm({ classId, url }: { classId: string; url: string | null }) {
  const [state, formAction] = useActionState(setClassInviteLinkAction, initialFormState);
  return (
    <>
      <FormAlert state={state} successTitle="Lien d’inscription" />
      {url && (
        <Input
          label="Lien d’inscription de la classe"
          hintText="Donnez-le aux seuls élèves de la classe (ENT, messagerie, tableau) : il les inscrit directement dans la classe. Un élève qui s’inscrit sans ce lien attend votre confirmation."
          nativeInputProps={{
            value: url,
            readOnly: true,
            onFocus: (event) => event.currentTarget.select(),
            spellCheck: false,
          }}
        />
      )}
      <form action={formAction}>
        <input type="hidden" name="classId" value={classId} />
        {url ? (
          <>
            <ConfirmCheckbox
              label="Je confirme : l’ancien lien ne fonctionnera plus pour les élèves qui ne se sont pas encore inscrits."
              state={state}
            />
            <div className={fr.cx('fr-mt-2w')}>
              <SubmitButton priority="secondary" pendingLabel="Création…">
                Remplacer le lien
              </SubmitButton>
            </div>
          </>
        ) : (
          <>
            <p>Cette classe n’a pas encore de lien d’inscription.</p>
            <SubmitButton pendingLabel="Création…">Créer le lien d’inscription</SubmitButton>
          </>
        )}
      </form>
    </>
  );
}
