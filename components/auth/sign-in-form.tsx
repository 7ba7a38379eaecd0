'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { signInAction } from '@/lib/auth/actions';
import { initialFormState } from '@/lib/forms';

const errorId = 'connexion-erreur';

/**
 * A plain `<form action>`: it submits before hydration and without JavaScript. On failure the
 * server returns a generic message (never which of e-mail or password was wrong) and the e-mail.
 */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialFormState);
  const error = state.status === 'error' ? state.message : undefined;
  const email = typeof state.values?.email === 'string' ? state.values.email : '';
  const describedBy = error ? errorId : undefined;

  return (
    <form action={formAction} aria-labelledby="connexion-titre">
      {error && (
        <Alert
          id={errorId}
          className={fr.cx('fr-mb-4w')}
          severity="error"
          as="h2"
          title="Connexion impossible"
          description={error}
          role="alert"
        />
      )}
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend id="connexion-titre" className={fr.cx('fr-fieldset__legend')}>
          <h2 className={fr.cx('fr-h4', 'fr-mb-1w')}>Se connecter avec son adresse électronique</h2>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label="Adresse électronique"
            // React resets uncontrolled fields after an action; the key re-mounts the field so the
            // e-mail sent back by the server is shown again.
            key={email}
            nativeInputProps={{
              name: 'email',
              type: 'email',
              autoComplete: 'username',
              required: true,
              spellCheck: false,
              defaultValue: email,
              'aria-describedby': describedBy,
              'aria-invalid': error ? true : undefined,
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <PasswordInput
            label="Mot de passe"
            messagesHint=""
            nativeInputProps={{
              name: 'password',
              autoComplete: 'current-password',
              required: true,
              'aria-describedby': describedBy,
              'aria-invalid': error ? true : undefined,
            }}
          />
          <p className={fr.cx('fr-mt-1w', 'fr-mb-0')}>
            <Link href="/mot-de-passe/oublie" className={fr.cx('fr-link', 'fr-link--sm')}>
              Mot de passe oublié ?
            </Link>
          </p>
        </div>
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <div className={fr.cx('fr-fieldset__element', 'fr-mt-2w')}>
          <Button type="submit" disabled={pending}>
            {pending ? 'Connexion en cours…' : 'Se connecter'}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
