import { expect, test } from '@playwright/test';
import { fillSignInForm } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

// A demo pupil no other spec signs in as: this journey changes the password.
const email = 'sarah.nguyen@demo.test';

test.describe('mot de passe oublié', () => {
  test('un élève demande un lien, le trouve dans la boîte de démonstration, choisit un nouveau mot de passe et se connecte avec', async ({
    page,
  }) => {
    const newPassword = `Une phrase de passe ${Date.now()}`;

    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expect(page).toHaveURL(/\/mot-de-passe\/oublie$/);
    // Keyboard only: type the address and submit with Enter.
    await page.getByLabel(/^Adresse électronique/).focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(
        /Si un compte existe avec cette adresse, un lien vient d’y être envoyé\. Il est valable une heure\./,
      ),
    ).toBeVisible();

    await page.goto(`/courriels?a=${encodeURIComponent(email)}`);
    const message = page
      .getByRole('article')
      .filter({ hasText: email })
      .filter({ hasText: 'Réinitialisation de votre mot de passe' })
      .first();
    const href = await message.getByRole('link', { name: /\/mot-de-passe\/nouveau\// }).getAttribute('href');
    await expectNoAxeViolations(page, '/courriels');
    // The link carries the server's public address (APP_URL); stay on the tested server.
    const resetPath = new URL(href!).pathname;

    await page.goto(resetPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeVisible();
    await expectNoAxeViolations(page, '/mot-de-passe/nouveau/[token]');
    await page.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
    await page.getByLabel(/^Confirmation du nouveau mot de passe/).fill(`${newPassword} !`);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible();

    await page.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
    await page.getByLabel(/^Confirmation du nouveau mot de passe/).fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page).toHaveURL(/\/connexion\?fait=mot-de-passe-reinitialise$/);
    await expect(page.getByRole('heading', { name: 'Mot de passe modifié' })).toBeVisible();

    await fillSignInForm(page, email, newPassword);
    await expect(page).toHaveURL(/\/eleve$/);

    // The link works once.
    await page.goto(resetPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' })).toBeVisible();
  });

  test('un lien inconnu ou périmé explique quoi faire', async ({ page }) => {
    await page.goto('/mot-de-passe/nouveau/lien-inconnu');
    await expect(page.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' })).toBeVisible();
    await expectNoAxeViolations(page, 'lien de réinitialisation périmé');
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).click();
    await expect(page).toHaveURL(/\/mot-de-passe\/oublie$/);
  });

  test('une adresse inconnue reçoit la même réponse, et rien n’est envoyé', async ({ page }) => {
    const unknown = `personne-${Date.now()}@demo.test`;
    await page.goto('/mot-de-passe/oublie');
    await page.getByLabel(/^Adresse électronique/).fill(unknown);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await expect(
      page.getByText(/Si un compte existe avec cette adresse, un lien vient d’y être envoyé\./),
    ).toBeVisible();
    await expectNoAxeViolations(page, '/mot-de-passe/oublie (demande envoyée)');
    await page.goto(`/courriels?a=${encodeURIComponent(unknown)}`);
    await expect(page.getByRole('article')).toHaveCount(0);
  });
});
