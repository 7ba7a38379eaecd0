import { expect, test } from '@playwright/test';
import { fillSignInForm } from './support/auth';

/*
 * Runs in the `sans-demo` project only (playwright.config.ts): a server started without DEMO=1, on
 * a fresh database, as a real deployment is. Nothing of the demonstration may show there.
 */

test('sans le mode démonstration : aucun compte de démonstration, aucun bandeau, pas de /courriels', async ({
  page,
}) => {
  await page.goto('/connexion');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion à Mon stage de troisième' })).toBeVisible();
  await expect(page.getByText('Comptes de démonstration')).toHaveCount(0);
  await expect(page.getByText(/@demo\.test|Demo-2026!/)).toHaveCount(0);
  await expect(page.getByText('Démonstration — données fictives')).toHaveCount(0);

  // The demo accounts were never created.
  await fillSignInForm(page, 'admin@demo.test');
  await expect(page.getByRole('alert').filter({ hasText: 'Connexion impossible' })).toContainText(
    'Adresse électronique ou mot de passe incorrect.',
  );

  // The prerendered home page comes from the same build as the demo server's: the banner is this
  // server's answer (GET /api/session), and once the page has it there is still none.
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/session');
  await page.goto('/');
  expect((await (await answer).json()).demo).toBe(false);
  await expect(page.getByText('Démonstration — données fictives')).toHaveCount(0);

  const mailbox = await page.goto('/courriels');
  expect(mailbox?.status()).toBe(404);
});
