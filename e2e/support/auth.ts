import { expect, type Cookie, type Page } from '@playwright/test';

/** Shared password of every seeded demo account (lib/demo/accounts.ts). */
export const DEMO_PASSWORD = 'Demo-2026!';

/** Demo accounts and the space each one lands on after signing in. */
export const demoUsers = {
  pupil: { email: 'eleve@demo.test', home: '/eleve' },
  pupilAwaitingConsent: { email: 'eleve.attente@demo.test', home: '/eleve' },
  head: { email: 'principal@demo.test', home: '/etablissement' },
  teacher: { email: 'professeur@demo.test', home: '/etablissement' },
  privateHost: { email: 'entreprise@demo.test', home: '/entreprise' },
  publicHost: { email: 'administration@demo.test', home: '/entreprise' },
  operator: { email: 'operateur@demo.test', home: '/entreprise' },
  departmentRep: { email: 'referent.93@demo.test', home: '/pilotage' },
  regionRep: { email: 'referent.idf@demo.test', home: '/pilotage' },
  ministryRep: { email: 'referent.interieur@demo.test', home: '/pilotage' },
  admin: { email: 'admin@demo.test', home: '/admin' },
} as const;

export type DemoUser = (typeof demoUsers)[keyof typeof demoUsers];

/** Fills and submits the sign-in form the way a user does, using the visible labels. */
export async function fillSignInForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Adresse électronique', { exact: true }).fill(email);
  // exact: the "Afficher le mot de passe" checkbox also mentions the password.
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * The session cookies of the demo accounts this worker already signed in with, by address: signing
 * in costs the server a memory-hard password hash (about a second of both cores), paid once per
 * account and worker rather than once per test. A session revoked since (signed out, everywhere, or
 * a new password) sends the next test back to the form.
 */
const sessions = new Map<string, Cookie[]>();

/**
 * Signs in as a user would, through /connexion, and waits until they have left the sign-in page
 * (the action redirects to the user's space). A demo account this worker signed in with before
 * takes its session cookie back and opens its space instead, unless that session is gone.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const home =
    password === DEMO_PASSWORD ? Object.values(demoUsers).find((user) => user.email === email)?.home : undefined;
  const cookies = home && sessions.get(email);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto(home);
    if (!new URL(page.url()).pathname.startsWith('/connexion')) return;
    sessions.delete(email);
    await page.context().clearCookies();
  }
  await page.goto('/connexion');
  await fillSignInForm(page, email, password);
  await expect(page).not.toHaveURL(/\/connexion/);
  if (home) sessions.set(email, await page.context().cookies());
}
