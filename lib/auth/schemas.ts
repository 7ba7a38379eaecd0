import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email('Saisissez une adresse électronique valide, par exemple nom@exemple.fr.')
    .max(254),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200),
});

export type SignInInput = z.infer<typeof signInSchema>;
