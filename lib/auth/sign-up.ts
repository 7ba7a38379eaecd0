import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/errors';
import { FORM_ERRORS_MESSAGE, formFailure, parseForm, PUPIL_FORM_ERRORS_MESSAGE, type FormState } from '@/lib/forms';
import { signUpRefusal } from './rate-limit';
import { VERIFICATION_PATH } from './session';

const RATE_LIMITED = {
  adult: 'Trop de demandes d’inscription en peu de temps. Réessayez dans une heure.',
  pupil: 'Trop de demandes d’inscription en peu de temps. Réessaie dans une heure.',
};

/** Where every accepted sign-up lands: "Consultez votre messagerie" (pupils are addressed with "tu"). */
export function signUpDonePath(speaksTo: 'adult' | 'pupil'): string {
  return speaksTo === 'pupil' ? `${VERIFICATION_PATH}?eleve=1` : VERIFICATION_PATH;
}

/**
 * The one shape of the public sign-up actions: parse the form (a refused form costs no attempt
 * and no database work), count the attempt against the address and the caller's IP, let the
 * domain function create the account (it hashes the password, then createAccount e-mails the
 * verification link), then send the person to "Consultez votre messagerie". Nobody is signed in:
 * the account works once its address is verified.
 *
 * An address that already has an account gets exactly the same answer (createAccount e-mailed its
 * owner instead): the form never tells who is registered. Other refusals (a school that cannot be
 * chosen, a field to fix) do not depend on the address having an account and are shown.
 */
export async function signUpWithVerification<T extends { email: string; password: string }>(
  formData: FormData,
  {
    schema,
    signUp,
    speaksTo = 'adult',
  }: {
    schema: z.ZodType<T>;
    signUp: (input: T) => Promise<ActionResult<unknown>>;
    /** Pupils are addressed with "tu". */
    speaksTo?: 'adult' | 'pupil';
  },
): Promise<FormState> {
  const parsed = parseForm(schema, formData, speaksTo === 'pupil' ? PUPIL_FORM_ERRORS_MESSAGE : FORM_ERRORS_MESSAGE);
  if (!parsed.ok) return parsed.state;
  const limited = await signUpRefusal(parsed.data.email, formData);
  if (limited) return { ...limited, message: RATE_LIMITED[speaksTo] };
  const result = await signUp(parsed.data);
  if (!result.ok && result.code !== 'EMAIL_TAKEN') return formFailure(result, formData);
  redirect(signUpDonePath(speaksTo));
}
