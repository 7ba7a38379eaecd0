import { z } from 'zod';
import { idField } from '@/lib/ids';
import { confirmed, reasonField } from './schemas';

const organisationId = idField('Structure introuvable.');

export const suspendOrganisationSchema = z.object({ organisationId, reason: reasonField, confirm: confirmed });
export const reinstateOrganisationSchema = z.object({ organisationId });
