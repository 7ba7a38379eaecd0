import { expect, test } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { verifyAddress } from '../support/mailbox';

/*
 * The journey: a department representative signs up for the Bouches-du-Rhône, verifies
 * their address and sees only a pending page; the admin validates them in /admin/referents; signing in again, they reach
 * /pilotage for their scope. Serial: each step needs the previous one.
 */

const run = Date.now().toString(36);
const rep = {
  firstName: 'Mathilde',
  lastName: `Roux ${run}`,
  email: `mathilde.roux.${run}@bouches-du-rhone.gouv.test`,
  password: 'une phrase de passe assez longue',
};
const SCOPE = 'Bouches-du-Rhône (13)';

test.describe.serial('inscription et validation d’un représentant de l’État', () => {
  test('le référent s’inscrit et voit que son accès attend la validation', async ({ page }) => {
    // Sign-up, sign-in, address verification and two axe scans: about 30 s under the suite's load.
    test.slow();
    await page.goto('/inscription/referent');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Inscription des représentants de l’État' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/referent');

    await page.getByRole('radio', { name: /^Département/ }).check({ force: true });
    await page.getByRole('combobox', { name: 'Département' }).selectOption('13');
    await page.getByLabel('Prénom', { exact: true }).fill(rep.firstName);
    await page.getByLabel('Nom', { exact: true }).fill(rep.lastName);
    await page.getByLabel('Adresse électronique professionnelle').fill(rep.email);
    await page.locator('input[name="password"]').fill(rep.password);
    await page.getByRole('button', { name: 'Demander mon accès' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' })).toBeVisible();

    // Signed in before opening the link: only the page asking for it, with the address.
    await signIn(page, rep.email, rep.password);
    await expect(page).toHaveURL(/\/inscription\/verification$/);
    await expect(page.getByRole('main')).toContainText(rep.email);
    await page.goto('/pilotage');
    await expect(page).toHaveURL(/\/inscription\/verification$/);
    // Opened while signed in as that account: straight on to its space.
    await verifyAddress(page, rep.email);

    await expect(page).toHaveURL(/\/pilotage$/);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Votre accès attend la validation de l’équipe nationale' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`Périmètre demandé : ${SCOPE}`);
    // Nothing of the territory before validation.
    await expect(page.getByRole('heading', { name: 'Vos indicateurs' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/pilotage (en attente)');
  });

  test('l’administratrice valide la demande', async ({ page }) => {
    await signIn(page, demoUsers.admin.email);
    await page.getByRole('link', { name: 'Référents de l’État' }).click();
    await expect(page).toHaveURL(/\/admin\/referents$/);
    const row = page.getByRole('row').filter({ hasText: rep.email });
    await expect(row).toContainText(SCOPE);
    await expectNoAxeViolations(page, '/admin/referents');

    await row.getByRole('button', { name: `Valider ${rep.firstName} ${rep.lastName}` }).click();
    await expect(page).toHaveURL(/\/admin\/referents\?fait=valide$/);
    await expect(page.getByRole('status').filter({ hasText: 'Le référent est validé' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: rep.email })).toHaveCount(0);

    await page.getByRole('link', { name: 'Validés' }).click();
    await expect(page.getByRole('row').filter({ hasText: rep.email })).toContainText(SCOPE);
    await expectNoAxeViolations(page, '/admin/referents?statut=valides');
  });

  test('le référent validé voit le pilotage de son département', async ({ page }) => {
    await signIn(page, rep.email, rep.password);
    await expect(page).toHaveURL(/\/pilotage$/);
    await expect(page.getByRole('main')).toContainText(`Pilotage des stages de 3e : ${SCOPE}.`);
    await expect(page.getByRole('heading', { level: 2, name: 'Vos indicateurs' })).toBeVisible();
    await expect(page.getByText('Votre accès attend la validation')).toHaveCount(0);
    await expectNoAxeViolations(page, '/pilotage (validé)');
  });
});
