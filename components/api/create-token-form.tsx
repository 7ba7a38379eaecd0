'use client';

import { useActionState, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormAlert, SubmitButton, TextField } from '@/components/forms/fields';
import { createApiTokenAction } from '@/lib/api/token-actions';
import { API_TOKEN_NAME_MAX, type CreateApiTokenState } from '@/lib/api/token-schemas';
import { initialFormState } from '@/lib/forms';

/**
 * Names and creates a token; the answer carries it in clear, shown here once (only its hash is
 * kept), in a read-only field the user copies, with the warning that it will not be shown again.
 */
export function CreateTokenForm({
  operatorId,
  alertHeading = 'h3',
}: {
  operatorId: string;
  /** The warning's heading level, one below the section holding the form. */
  alertHeading?: 'h3' | 'h4';
}) {
  const [state, formAction] = useActionState<CreateApiTokenState, FormData>(createApiTokenAction, initialFormState);
  return (
    <>
      {state.status === 'success' && state.token ? (
        <NewToken key={state.token} token={state.token} message={state.message ?? ''} heading={alertHeading} />
      ) : (
        <FormAlert state={state} />
      )}
      <form action={formAction}>
        <input type="hidden" name="operatorId" value={operatorId} />
        <TextField
          name="name"
          label="Nom du jeton"
          hint={`L’outil ou le serveur qui l’utilisera, pour le reconnaître ensuite (${API_TOKEN_NAME_MAX} caractères au plus).`}
          maxLength={API_TOKEN_NAME_MAX}
          autoComplete="off"
          state={state}
          required
        />
        <SubmitButton>Créer le jeton</SubmitButton>
      </form>
    </>
  );
}

function NewToken({ token, message, heading }: { token: string; message: string; heading: 'h3' | 'h4' }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={fr.cx('fr-mb-4w')}>
      <Alert
        severity="warning"
        as={heading}
        title="Copiez-le maintenant : il ne sera plus affiché"
        description={`${message} Seule son empreinte est gardée : ni vous ni l’équipe nationale ne pourrez le revoir. Perdu, il se révoque et se remplace.`}
        role="status"
        className={fr.cx('fr-mb-2w')}
      />
      <Input
        label="Votre nouveau jeton d’API"
        hintText="À envoyer dans l’en-tête Authorization: Bearer de chaque appel."
        nativeInputProps={{
          readOnly: true,
          value: token,
          spellCheck: false,
          autoComplete: 'off',
          onFocus: (event) => event.currentTarget.select(),
        }}
      />
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-clipboard-line"
        onClick={() => navigator.clipboard.writeText(token).then(() => setCopied(true))}
      >
        Copier le jeton
      </Button>
      <p role="status" className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
        {copied ? 'Jeton copié dans le presse-papiers.' : ''}
      </p>
    </div>
  );
}
