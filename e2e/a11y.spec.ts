import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

const publicPages = [
  '/',
  '/connexion',
  '/inscription',
  '/contact',
  '/mentions-legales',
  '/donnees-personnelles',
  '/accessibilite',
  '/plan-du-site',
  '/statistiques',
  '/developpeurs',
];

test.describe('pages publiques', () => {
  for (const path of publicPages) {
    test(
      `${path} n'a aucune violation WCAG 2.1 AA`,
      { tag: path === '/' ? '@mobile' : undefined },
      async ({ page }) => {
        await page.goto(path);
        await expect(pageHeadings(page)).toHaveCount(1);
        await expect(demoBanner(page)).toBeVisible();
        await expectNoAxeViolations(page, path);
      },
    );
  }

  test("la page 404 n'a aucune violation", async ({ page }) => {
    const response = await page.goto('/cette-page-n-existe-pas');
    expect(response?.status()).toBe(404);
    await expect(demoBanner(page)).toBeVisible();
    await expectNoAxeViolations(page, '404');
  });

  test("les liens d'évitement mènent au contenu et au pied de page", async ({ page }) => {
    await page.goto('/contact');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // Focus continues inside the content, after the header.
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
    await page.goto('/contact');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au pied de page' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#pied-de-page$/);
  });

  test("le thème sombre n'a aucune violation", async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/', '/connexion']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-fr-theme', 'dark');
      await expectNoAxeViolations(page, `${path} (thème sombre)`);
    }
  });

  test("la fenêtre des paramètres d'affichage n'a aucune violation", { tag: '@mobile' }, async ({ page, isMobile }) => {
    await page.goto('/');
    // The DSFR script marks <html> once it runs: a click before that opens nothing.
    await expect(page.locator('html')).toHaveAttribute('data-fr-js', 'true');
    if (isMobile) await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('button', { name: /Paramètres d.affichage/ })
      .first()
      .click();
    await expect(page.getByRole('dialog', { name: /Paramètres d.affichage/ })).toBeVisible();
    await expectNoAxeViolations(page, "paramètres d'affichage");
  });
});

test.describe('espaces connectés', () => {
  for (const [who, user] of Object.entries(demoUsers)) {
    test(`${user.home} (${who}) n'a aucune violation`, async ({ page }) => {
      await signIn(page, user.email);
      await expect(page).toHaveURL(new RegExp(`${user.home}$`));
      await expect(pageHeadings(page)).toHaveCount(1);
      await expect(demoBanner(page)).toBeVisible();
      await expectNoAxeViolations(page, `${user.home} (${user.email})`);
    });
  }

  test("la page d'accès refusé n'a aucune violation", async ({ page }) => {
    await signIn(page, demoUsers.pupil.email);
    const response = await page.goto('/admin');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
    await expect(demoBanner(page)).toBeVisible();
    await expectNoAxeViolations(page, '403');
  });
});

/**
 * The suite's server runs in demo mode (DEMO=1, playwright.config.ts): every page, public, signed
 * in, 404 or 403, says that its data are made up. (Without the setting: e2e/demo-off.spec.ts.)
 */
function demoBanner(page: Page) {
  return page.getByText('Démonstration — données fictives', { exact: true });
}

/** Level-1 headings of the page itself: DSFR modals (dialogs) title themselves with their own h1. */
function pageHeadings(page: Page) {
  return page.locator('h1:not(dialog h1)');
}
