import { expect, test } from '@playwright/test';
import { newPupil, signUpPupil } from '../pupil/support';
import { signIn } from '../support/auth';

const NEW_PASSWORD = 'Une phrase de passe toute neuve';

test('changer son mot de passe déconnecte les autres appareils, pas celui-ci', async ({ page, browser }) => {
  // Four password hashes (sign-up, two sign-ins, the change) and a second browser: over 30 s on a
  // loaded two-core machine.
  test.slow();
  // A pupil of its own, signed up for this run: a demo account's password could not be set back to
  // the demo one (too short for the 12-character rule), and the test must run again on the same database.
  const pupil = newPupil({ firstName: 'Lina', lastName: 'Moreau', className: '3e B' });
  await signUpPupil(page, pupil);
  const otherDevice = await (await browser.newContext()).newPage();
  await signIn(otherDevice, pupil.email, pupil.password);

  await page.goto('/compte/mot-de-passe');
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill(pupil.password);
  await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page).toHaveURL(/fait=mot-de-passe-modifie/);
  await expect(page.getByRole('heading', { name: 'Mot de passe modifié' })).toBeVisible();
  await page.goto('/eleve');
  await expect(page).toHaveURL(/\/eleve$/);

  // The session opened elsewhere with the old password ends at its next request.
  await otherDevice.goto('/eleve');
  await expect(otherDevice).toHaveURL(/\/connexion/);
  await signIn(otherDevice, pupil.email, NEW_PASSWORD);
  await expect(otherDevice).toHaveURL(/\/eleve$/);
});
