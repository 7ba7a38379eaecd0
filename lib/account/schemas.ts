import { z } from 'zod';
import { confirmField } from '@/lib/forms';
import { emailField, newPasswordField } from '@/lib/users/schemas';

/** The password already in use: no rule but presence, it was set under older rules maybe. */
const currentPasswordField = z
  .string({ error: 'Saisissez votre mot de passe actuel.' })
  .min(1, 'Saisissez votre mot de passe actuel.')
  .max(200);

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordField,
  newPassword: newPasswordField,
});

export const changeEmailSchema = z.object({
  newEmail: emailField,
  currentPassword: currentPasswordField,
});

export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordField,
  confirm: confirmField('Cochez la case pour confirmer la suppression.'),
});

export const signOutEverywhereSchema = z.object({
  confirm: confirmField('Cochez la case pour confirmer : vous devrez vous reconnecter sur chaque appareil.'),
});

export const forgotPasswordSchema = z.object({ email: emailField });

/** Typed twice: nobody sees what they type in a password field, a typo would lock them out again. */
export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: newPasswordField,
    passwordConfirmation: z.string(),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: 'Les deux mots de passe ne sont pas identiques.',
  });

export const tokenSchema = z.object({ token: z.string().min(1).max(200) });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
