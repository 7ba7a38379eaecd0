import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/** Level-1 headings of the page itself: DSFR modals title themselves with their own h1. */
const pageHeadings = (page: Page) => page.locator('h1:not(dialog h1)');

test.describe('pages publiques du compte', () => {
  for (const path of ['/inscription', '/mot-de-passe/oublie', '/courriels']) {
    test(`${path} n'a aucune violation WCAG 2.1 AA`, async ({ page }) => {
      await page.goto(path);
      await expect(pageHeadings(page)).toHaveCount(1);
      await expectNoAxeViolations(page, path);
    });
  }

  test("l'inscription oriente chaque profil vers son formulaire", async ({ page }) => {
    await page.goto('/inscription');
    const profiles = [
      ['Élève de 3e', '/inscription/eleve'],
      ['Chef d’établissement', '/inscription/etablissement'],
      ['Professeur ou personnel de collège', '/inscription/personnel'],
      ['Structure d’accueil : entreprise, administration, association', '/inscription/structure'],
      ['Représentant de l’État', '/inscription/referent'],
    ] as const;
    for (const [name, href] of profiles) {
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await expect(page.getByText(/autorisation signée de tes parents/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Associations partenaires (opérateurs)' })).toBeVisible();
  });
});

test.describe('mon compte', () => {
  test('les pages du compte n’ont aucune violation et se parcourent au clavier', async ({ page }) => {
    await signIn(page, demoUsers.pupil.email);
    await page.getByRole('banner').getByRole('link', { name: 'Mon compte' }).click();
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByText(demoUsers.pupil.email).first()).toBeVisible();
    await expectNoAxeViolations(page, '/compte');

    // Reach the first account action with Tab only and open it with Enter.
    const link = page.getByRole('link', { name: 'Changer mon mot de passe' });
    for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compte\/mot-de-passe$/);
    await expect(pageHeadings(page)).toHaveCount(1);
    await expectNoAxeViolations(page, '/compte/mot-de-passe');

    // A refused form shows its errors accessibly (too short: refused before any password check).
    await page.getByLabel(/^Mot de passe actuel/).fill('peu importe');
    await page.getByLabel(/^Nouveau mot de passe/).fill('court');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(page.getByText('Choisissez un mot de passe d’au moins 12 caractères.')).toBeVisible();
    await expectNoAxeViolations(page, '/compte/mot-de-passe (erreurs)');

    for (const path of ['/compte/adresse', '/compte/supprimer']) {
      await page.goto(path);
      await expect(pageHeadings(page)).toHaveCount(1);
      await expectNoAxeViolations(page, path);
    }
    await expect(page.getByRole('button', { name: 'Supprimer mon compte' })).toBeVisible();
  });

  test('le chef d’établissement est invité à transmettre son rôle avant de supprimer son compte', async ({ page }) => {
    await signIn(page, demoUsers.head.email);
    await page.goto('/compte/supprimer');
    await expect(page.getByRole('heading', { name: 'Transmettez d’abord la direction du collège' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Supprimer mon compte' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/compte/supprimer (chef d’établissement)');
  });

  test('le téléchargement des données contient le compte de l’utilisateur, sans mot de passe', async ({ page }) => {
    await signIn(page, demoUsers.privateHost.email);
    const response = await page.request.get('/compte/donnees');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="mes-donnees-.+\.json"$/);
    const body = await response.text();
    expect(JSON.parse(body).compte.adresseElectronique).toBe(demoUsers.privateHost.email);
    expect(body).not.toMatch(/scrypt|passwordHash/);
  });

  test('un visiteur anonyme ne reçoit aucune donnée', async ({ request }) => {
    const response = await request.get('/compte/donnees', { maxRedirects: 0 });
    // proxy.ts sends anonymous visitors of /compte to /connexion; the handler itself answers 401.
    expect([302, 303, 307, 401]).toContain(response.status());
    expect(await response.text()).not.toContain('adresseElectronique');
  });
});
