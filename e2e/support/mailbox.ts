import { expect, type Page } from '@playwright/test';

/**
 * The path of the newest link matching `pattern` e-mailed to `recipient`, read from the dev mailbox
 * (/courriels, newest first). The link carries the server's public address (APP_URL): keep only its
 * path so the test stays on the tested server, with its cookies.
 */
export async function mailedLinkPath(page: Page, recipient: string, pattern: RegExp): Promise<string> {
  await page.goto(`/courriels?a=${encodeURIComponent(recipient)}`);
  const href = await page
    .getByRole('article')
    .filter({ hasText: recipient })
    .getByRole('link', { name: pattern })
    .first()
    .getAttribute('href');
  expect(href).toBeTruthy();
  return new URL(href!, page.url()).pathname;
}

/**
 * Opens the verification link e-mailed to `recipient` at sign-up and confirms it, as its owner does.
 * Signed in as that account, the page goes on to its space; otherwise to /connexion.
 */
export async function verifyAddress(page: Page, recipient: string) {
  await page.goto(await mailedLinkPath(page, recipient, /\/inscription\/verification\//));
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await expect(page).not.toHaveURL(/\/inscription\/verification\//);
}
