import { z } from 'zod';
import { confirmField, type FormState } from '@/lib/forms';
import { idField } from '@/lib/ids';

/** A name the operator recognises the token by (the tool or server that uses it). */
export const API_TOKEN_NAME_MAX = 80;

export const apiTokenNameSchema = z
  .string({ error: 'Donnez un nom au jeton.' })
  .trim()
  .min(1, 'Donnez un nom au jeton.')
  .max(API_TOKEN_NAME_MAX, `Le nom tient en ${API_TOKEN_NAME_MAX} caractères au plus.`);

export const createApiTokenSchema = z.object({
  operatorId: idField('Association inconnue.'),
  name: apiTokenNameSchema,
});

export const revokeApiTokenSchema = z.object({
  tokenId: idField('Jeton inconnu.'),
  confirm: confirmField('Cochez la case pour confirmer la révocation.'),
});

/** The creation form's state: on success, the new token in clear, shown this once. */
export type CreateApiTokenState = FormState & { token?: string };
