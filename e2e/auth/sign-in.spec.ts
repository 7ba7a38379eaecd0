import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, fillSignInForm, signIn } from '../support/auth';

const expectedHeading = /^Bonjour /;

test.describe('connexion', () => {
  for (const [who, user] of Object.entries(demoUsers)) {
    test(`${user.email} (${who}) arrive sur ${user.home}`, async ({ page }) => {
      await signIn(page, user.email);
      await expect(page).toHaveURL(new RegExp(`${user.home}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedHeading);
      // The header now offers the user's space and sign-out instead of "Se connecter".
      await expect(page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    });
  }

  test("l'élève en attente d'autorisation parentale voit quoi faire, et aucune offre", async ({ page }) => {
    await signIn(page, demoUsers.pupilAwaitingConsent.email);
    await expect(page.getByRole('heading', { name: /autorisation de tes parents est attendue/ })).toBeVisible();
    await expect(page.getByText(/professeur principal le formulaire d’autorisation parentale/)).toBeVisible();
  });

  test('un mauvais mot de passe affiche une erreur générique et garde l’adresse', async ({ page }) => {
    await page.goto('/connexion');
    await fillSignInForm(page, demoUsers.publicHost.email, 'mauvais-mot-de-passe');
    // Not getByRole('alert') alone: Next.js keeps an empty route announcer with that role.
    const alert = page.getByRole('alert').filter({ hasText: 'Connexion impossible' });
    await expect(alert).toContainText('Adresse électronique ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/connexion/);
    const email = page.getByLabel('Adresse électronique', { exact: true });
    await expect(email).toHaveValue(demoUsers.publicHost.email);
    // The error is tied to the fields for screen-reader users.
    const describedBy = await email.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    await expect(page.locator(`[id="${describedBy}"]`)).toContainText('incorrect');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
  });

  test('un visiteur anonyme est renvoyé de /eleve vers /connexion, puis y revient', async ({ page }) => {
    await page.goto('/eleve');
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Feleve$/);
    await fillSignInForm(page, demoUsers.pupil.email);
    await expect(page).toHaveURL(/\/eleve$/);
  });

  test('la déconnexion ramène à l’accueil et referme les espaces', async ({ page }) => {
    await signIn(page, demoUsers.head.email);
    await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await page.goto('/etablissement');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('la connexion se fait entièrement au clavier', async ({ page }) => {
    await page.goto('/connexion');
    const email = page.getByLabel('Adresse électronique', { exact: true });
    // Reach the e-mail field with Tab only, from the top of the page.
    for (let i = 0; i < 40 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(email).toBeFocused();
    await page.keyboard.type(demoUsers.teacher.email);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/etablissement$/);
  });

  test('les demandes de connexion d’un compte déjà connecté vont vers son espace', async ({ page }) => {
    await signIn(page, demoUsers.admin.email);
    await page.goto('/connexion');
    await expect(page).toHaveURL(/\/admin$/);
  });
});

test.describe('pages publiques', () => {
  test("l'accueil présente le service aux visiteurs anonymes", { tag: '@mobile' }, async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Mon stage de troisième/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('collèges REP+ et REP');
    for (const audience of ['Élèves et parents', 'Établissements', 'Structures d’accueil', 'Représentants de l’État']) {
      await expect(page.getByRole('heading', { level: 3, name: audience })).toBeVisible();
    }
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: /Accessibilité : non conforme/ }),
    ).toBeVisible();
  });

  test('la page 404 est en français', async ({ page }) => {
    const response = await page.goto('/page-qui-n-existe-pas');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeVisible();
    await expect(page).toHaveTitle(/Page non trouvée/);
  });

  test('les démonstrations affichent les comptes et leur mot de passe', async ({ page }) => {
    await page.goto('/connexion');
    const demo = page.getByRole('region', { name: 'Comptes de démonstration' });
    await expect(demo).toContainText(DEMO_PASSWORD);
    await expect(demo).toContainText(demoUsers.pupil.email);
  });
});
