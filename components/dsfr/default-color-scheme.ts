import type { DefaultColorScheme } from '@codegouvfr/react-dsfr/next-app-router';

/**
 * Follow the visitor's system preference until they pick a theme in "Paramètres d'affichage":
 * the DSFR stores the choice client-side, and an inline script applies it before first paint.
 */
export const defaultColorScheme: DefaultColorScheme = 'system';
