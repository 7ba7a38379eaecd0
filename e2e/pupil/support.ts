import { expect, type Page } from '@playwright/test';
import { signIn } from '../support/auth';
import { verifyAddress } from '../support/mailbox';

/** A pupil of collège Henri Barbusse who has no account yet. */
export interface NewPupil {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  className: string;
}

/**
 * A pupil no run has signed up yet: the last name ends with a suffix unique per run, in letters only
 * so it reads as a name in the class list and the parental forms, and the e-mail carries it too.
 */
export function newPupil({
  firstName,
  lastName,
  className,
}: Pick<NewPupil, 'firstName' | 'lastName' | 'className'>): NewPupil {
  const suffix = Date.now()
    .toString(36)
    .replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)]!);
  const slug = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return {
    firstName,
    lastName: `${lastName} ${suffix[0]!.toUpperCase()}${suffix.slice(1)}`,
    email: `${slug(firstName)}.${slug(lastName)}.${suffix}@exemple.fr`,
    password: 'une phrase de passe solide',
    className,
  };
}

/** Fills the second step of the pupil sign-up form (the collège already chosen) and submits it. */
export async function submitPupilSignUp(page: Page, pupil: NewPupil) {
  await page.getByLabel('Ta classe').selectOption({ label: pupil.className });
  await page.getByLabel('Ton prénom', { exact: true }).fill(pupil.firstName);
  await page.getByLabel('Ton nom', { exact: true }).fill(pupil.lastName);
  await page.getByLabel('Fille', { exact: true }).check({ force: true });
  await page.getByLabel('Ton adresse électronique').fill(pupil.email);
  await page.getByLabel('Ton mot de passe').fill(pupil.password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
}

/**
 * After the form: "Consulte ta messagerie", the link e-mailed to the pupil opened and confirmed, then
 * the pupil signs in and lands on /eleve.
 */
export async function verifyAndSignIn(page: Page, pupil: NewPupil) {
  await expect(page).toHaveURL(/\/inscription\/verification\?eleve=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Consulte ta messagerie' })).toBeVisible();
  await verifyAddress(page, pupil.email);
  await signIn(page, pupil.email, pupil.password);
  await expect(page).toHaveURL(/\/eleve$/);
}

/**
 * Signs `pupil` up in collège Henri Barbusse without the class's link: once verified, they are signed
 * in on /eleve, waiting for the main teacher's confirmation.
 */
export async function signUpPupil(page: Page, pupil: NewPupil) {
  await page.goto('/inscription/eleve?q=Henri%20Barbusse');
  await page.getByRole('link', { name: 'Collège Henri Barbusse' }).click();
  await expect(page).toHaveURL(/\/inscription\/eleve\?ecole=/);
  await submitPupilSignUp(page, pupil);
  await verifyAndSignIn(page, pupil);
}
