import { expect, test } from '@playwright/test';
import { CLASSES } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';

/* Pupil-facing pages with the seeded demo accounts: what each one sees, accessibility, keyboard. */

const OFFER_NEAR = 'Découvrir les métiers de la logistique urbaine';
const OFFER_RESERVED = 'Accueil du public et délivrance des titres';
const classPath = (key: keyof typeof CLASSES) => `/etablissement/classes/${CLASSES[key][0]}`;

test.describe('offres', () => {
  test(
    'un visiteur voit les offres publiées, sans celles réservées à un collège',
    { tag: '@mobile' },
    async ({ page }) => {
      await page.goto('/offres');
      await expect(page.getByRole('heading', { level: 1, name: 'Offres de stage de 3e' })).toBeVisible();
      await expect(page.getByRole('heading', { name: OFFER_NEAR })).toBeVisible();
      await expect(page.getByRole('heading', { name: OFFER_RESERVED })).toHaveCount(0);
      await expectNoAxeViolations(page, '/offres (visiteur)');
    },
  );

  test('une élève autorisée voit les offres autour de son collège, avec la distance', async ({ page }) => {
    await signIn(page, demoUsers.pupil.email);
    await page.goto('/offres');
    await expect(page.getByRole('heading', { name: OFFER_RESERVED })).toBeVisible();
    await expect(page.getByText(/km de ton collège/).first()).toBeVisible();
    // Marseille offers are 660 km away from Saint-Denis.
    await expect(page.getByRole('heading', { name: 'Animateur ou animatrice sportive' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/offres (élève)');
  });

  test('un élève sans autorisation parentale ne voit aucune offre', async ({ page }) => {
    await signIn(page, demoUsers.pupilAwaitingConsent.email);
    await page.goto('/offres');
    await expect(page.getByRole('heading', { name: /autorisation de tes parents est attendue/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: OFFER_NEAR })).toHaveCount(0);
  });
});

test.describe('espace élève', () => {
  test('une élève autorisée est envoyée vers la recherche de stage', { tag: '@mobile' }, async ({ page }) => {
    await signIn(page, demoUsers.pupil.email);
    await expect(page.getByText(/Collège Henri Barbusse, classe 3e A/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Chercher un stage' })).toHaveAttribute('href', '/offres');
    await expectNoAxeViolations(page, '/eleve');
  });
});

test.describe('inscription élève', () => {
  test('se fait au clavier jusqu’au formulaire de la classe', async ({ page }) => {
    await page.goto('/inscription/eleve');
    await tabTo(page, page.getByRole('search').getByRole('searchbox'));
    await page.keyboard.type('Henri Barbusse');
    await page.keyboard.press('Enter');
    const school = page.getByRole('link', { name: 'Collège Henri Barbusse' });
    await expect(school).toBeVisible();
    await tabTo(page, school);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?ecole=/);
    await tabTo(page, page.getByLabel('Ta classe'));
    await expectNoAxeViolations(page, '/inscription/eleve?ecole=');
  });

  test('un formulaire incomplet garde ce qui a été saisi et dit quoi corriger', async ({ page }) => {
    await page.goto('/inscription/eleve?q=Henri%20Barbusse');
    await page.getByRole('link', { name: 'Collège Henri Barbusse' }).click();
    await page.getByLabel('Ton prénom', { exact: true }).fill('Nour');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' })).toBeVisible();
    await expect(page.getByLabel('Ton prénom', { exact: true })).toHaveValue('Nour');
    await expect(page.getByText('Choisis ta classe.')).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/eleve (erreurs)');
  });
});

test.describe('page de classe', () => {
  test('la cheffe d’établissement crée le lien d’inscription de la 3e B, qui mène à la classe', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page, demoUsers.head.email);
    await page.goto(classPath('B'));
    await expect(page.getByRole('heading', { level: 1, name: 'Classe 3e B' })).toBeVisible();
    const create = page.getByRole('button', { name: 'Créer le lien d’inscription' });
    if (await create.isVisible()) await create.click();
    const link = page.getByLabel('Lien d’inscription de la classe');
    await expect(link).toHaveValue(/\/inscription\/eleve\/classe\//);
    await expectNoAxeViolations(page, 'page de la classe (cheffe)');

    const path = new URL(await link.inputValue()).pathname;
    const visitor = await browser.newContext({ baseURL });
    const invited = await visitor.newPage();
    await invited.goto(path);
    await expect(invited.getByText('Ta classe : 3e B')).toBeVisible();
    await expectNoAxeViolations(invited, 'lien d’inscription de classe');
    await visitor.close();
  });

  test('un personnel d’un autre collège obtient une 404, ni page ni PDF', async ({ page }) => {
    await signIn(page, 'principal.marseille@demo.test');
    expect((await page.goto(classPath('A')))?.status()).toBe(404);
    const pdf = await page.request.get(`${classPath('A')}/autorisations?tous=1`);
    expect(pdf.status()).toBe(404);
    expect(pdf.headers()['content-type']).not.toContain('pdf');
  });
});
