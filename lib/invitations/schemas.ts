import { z } from 'zod';
import { accountFields } from '@/lib/users/schemas';

/** newToken() gives 43 base64url characters; anything else cannot be one of our links. */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Ce lien d’invitation n’est pas valide.');

/** The e-mail is not asked: it is the invited address, read from the invitation. */
export const acceptInvitationSchema = z.object({
  token: invitationToken,
  firstName: accountFields.firstName,
  lastName: accountFields.lastName,
  password: accountFields.password,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const attachInvitationSchema = z.object({ token: invitationToken });
