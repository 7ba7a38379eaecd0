'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/types';
import { doneHref, formFailure, parseForm, type FormState } from '@/lib/forms';
import { createApiToken, revokeApiToken } from './token-mutations';
import { createApiTokenSchema, revokeApiTokenSchema, type CreateApiTokenState } from './token-schemas';

/** Where tokens are managed: the operator's own page, or the admin's page of that operator. */
function tokensPath(actor: SessionUser, operatorId: string): string {
  return actor.role === 'admin' ? `/admin/operateurs/${operatorId}` : '/entreprise/jetons-api';
}

/**
 * Returns the new token in the form's state rather than redirecting: it must never travel in a URL
 * (history, logs), and this answer is the only time it is shown.
 */
export async function createApiTokenAction(
  _prev: CreateApiTokenState,
  formData: FormData,
): Promise<CreateApiTokenState> {
  const user = await requireRole('operator', 'admin');
  const parsed = parseForm(createApiTokenSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createApiToken(user, parsed.data);
  if (!result.ok) return formFailure(result, formData);
  revalidatePath(tokensPath(user, parsed.data.operatorId));
  return { status: 'success', message: `Le jeton « ${parsed.data.name} » est créé.`, token: result.data.token };
}

export async function revokeApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('operator', 'admin');
  const parsed = parseForm(revokeApiTokenSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await revokeApiToken(user, parsed.data.tokenId);
  if (!result.ok) return formFailure(result, formData);
  const path = tokensPath(user, result.data.operatorId);
  revalidatePath(path);
  redirect(doneHref(path, 'jeton-revoque'));
}
