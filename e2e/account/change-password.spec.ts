import { expect, test } from '@playwright/test';
import { signIn } from '../support/auth';

// A demo pupil no other spec signs in as: this test changes her password.
const EMAIL = 'lina.traore@demo.test';
const NEW_PASSWORD = 'Une phrase de passe toute neuve';

test('changer son mot de passe déconnecte les autres appareils, pas celui-ci', async ({ page, browser }) => {
  const otherDevice = await (await browser.newContext()).newPage();
  await signIn(otherDevice, EMAIL);
  await signIn(page, EMAIL);

  await page.goto('/compte/mot-de-passe');
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill('Demo-2026!');
  await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page).toHaveURL(/fait=mot-de-passe-modifie/);
  await expect(page.getByRole('heading', { name: 'Mot de passe modifié' })).toBeVisible();
  await page.goto('/eleve');
  await expect(page).toHaveURL(/\/eleve$/);

  // The session opened elsewhere with the old password ends at its next request.
  await otherDevice.goto('/eleve');
  await expect(otherDevice).toHaveURL(/\/connexion/);
  await signIn(otherDevice, EMAIL, NEW_PASSWORD);
  await expect(otherDevice).toHaveURL(/\/eleve$/);
});
