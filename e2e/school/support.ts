import type { Page } from '@playwright/test';
import { mailedLinkPath } from '../support/mailbox';

/** A password that passes the 12-character rule. */
export const NEW_PASSWORD = 'une longue phrase de passe';

/** The path of the invitation link e-mailed to `recipient` (dev mailbox). */
export const invitationPathFor = (page: Page, recipient: string) => mailedLinkPath(page, recipient, /\/invitation\//);

/** Fills the account fields shared by the sign-up and invitation forms. */
export async function fillAccount(page: Page, fields: { firstName: string; lastName: string; email?: string }) {
  await page.getByLabel(/^Prénom/).fill(fields.firstName);
  await page.getByLabel(/^Nom/).fill(fields.lastName);
  if (fields.email) await page.getByLabel(/^Adresse électronique/).fill(fields.email);
  // The password field has a hint in its label; "Afficher le mot de passe" starts otherwise.
  await page.getByLabel(/^Mot de passe/).fill(NEW_PASSWORD);
}

/** Level-1 headings of the page itself (DSFR modals title themselves with their own h1). */
export const pageHeading = (page: Page) => page.locator('h1:not(dialog h1)');
