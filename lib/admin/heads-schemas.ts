import { z } from 'zod';
import { idField } from '@/lib/ids';
import { confirmed, reasonField } from './schemas';

/* The admin's decisions on schools' heads: each one is explained (reason) and destructive ones are confirmed. */

const id = idField('Élément introuvable.');

export const HEAD_REQUEST_DECISIONS = ['approve', 'refuse'] as const;

export const decideHeadRequestSchema = z.object({
  requestId: id,
  decision: z.enum(HEAD_REQUEST_DECISIONS, { error: 'Choisissez d’approuver ou de refuser la demande.' }),
  reason: reasonField,
});

export const replaceHeadSchema = z.object({
  schoolId: id,
  userId: idField('Choisissez la personne de l’équipe qui devient chef d’établissement.'),
  reason: reasonField,
  confirm: confirmed,
});

export const removeHeadSchema = z.object({ schoolId: id, reason: reasonField, confirm: confirmed });
