import { z } from 'zod';

/** Shared account fields, used by every sign-up form on client and server. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Saisissez votre adresse électronique.')
  .max(254, 'Cette adresse est trop longue.')
  .pipe(z.email('Saisissez une adresse électronique valide, par exemple nom@exemple.fr.'));

/**
 * 12 characters at least (ANSSI / CNIL guidance for a password alone, without lockout); no
 * composition rules, which push people (and 14-year-olds) to predictable patterns.
 */
export const newPasswordField = z
  .string()
  .min(12, 'Choisissez un mot de passe d’au moins 12 caractères.')
  .max(128, 'Choisissez un mot de passe de 128 caractères au plus.');

export const nameField = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Saisissez ${what}.`)
    .max(80, `${what[0]!.toUpperCase()}${what.slice(1)} : 80 caractères au plus.`);

export const accountFields = {
  firstName: nameField('votre prénom'),
  lastName: nameField('votre nom'),
  email: emailField,
  password: newPasswordField,
};

export const PASSWORD_HINT =
  '12 caractères minimum. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.';
