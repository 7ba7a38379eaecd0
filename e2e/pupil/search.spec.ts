import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';

/*
 * The search as a pupil and a visitor use it, on the demo data: Inès (3e A of Collège Henri
 * Barbusse, Saint-Denis) has two internship weeks; « Accueil du public et délivrance des titres »
 * (Préfecture, Bobigny, reserved for her collège) has a seat on the second one only.
 */

const RESERVED_OFFER = 'Accueil du public et délivrance des titres';

const resultCount = async (page: Page) => {
  const heading = page.locator('#offres-titre');
  const text = (await heading.textContent()) ?? '';
  return text.startsWith('Aucune') ? 0 : Number(text.replace(/\s/g, '').match(/^\d+/)![0]);
};
const results = (page: Page) => page.locator('#resultats > li');
const classWeeks = async (page: Page) =>
  ((await page.locator('.fr-text--lead').textContent()) ?? '').match(/semaine du \d+ \S+ \d{4}/g) ?? [];

test.describe('recherche d’un élève', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.pupil.email);
    await page.goto('/offres');
  });

  test('ne montre que les semaines de stage de sa classe qui ont une place', async ({ page }) => {
    const weeks = await classWeeks(page);
    expect(weeks).toHaveLength(2);
    const texts = await results(page).allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const shown = text.match(/semaine du \d+ \S+ \d{4}/g) ?? [];
      expect(shown.length, text).toBeGreaterThan(0);
      for (const week of shown) expect(weeks, text).toContain(week);
    }
    const reserved = results(page).filter({ has: page.getByRole('heading', { name: RESERVED_OFFER }) });
    await expect(reserved).toContainText(`Semaine avec une place : ${weeks[1]}`);
  });

  test('un secteur puis un mot-clé sans accent resserrent la liste, gardés dans l’adresse', async ({ page }) => {
    const all = await resultCount(page);
    await page.getByLabel('Secteur d’activité').selectOption({ label: 'Administration publique' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/secteur=/);
    const inSector = await resultCount(page);
    expect(inSector).toBeGreaterThan(0);
    expect(inSector).toBeLessThanOrEqual(all);
    for (const text of await results(page).allTextContents()) expect(text).toContain('Administration publique');

    await page.getByLabel('Mots-clés').fill('delivrance');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/mots=delivrance/);
    await expect(page.getByRole('heading', { name: RESERVED_OFFER })).toBeVisible();
    expect(await resultCount(page)).toBeLessThanOrEqual(inSector);
    // Reloaded, the same search: the filters live in the URL.
    await page.reload();
    await expect(page.getByLabel('Mots-clés')).toHaveValue('delivrance');
    await expect(page.getByLabel('Secteur d’activité')).toHaveValue(/.+/);
    await expect(page.getByRole('heading', { name: RESERVED_OFFER })).toBeVisible();
  });

  test('une recherche vide propose des élargissements dont le nombre est juste une fois suivis', async ({ page }) => {
    const [first] = await classWeeks(page);
    await page.getByLabel('Mots-clés').fill('delivrance');
    await page.getByLabel('Semaine de stage').selectOption({ label: first!.replace(/^s/, 'S') });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('heading', { name: 'Aucune offre ne correspond à cette recherche' })).toBeVisible();
    const widenings = page.getByRole('main').getByRole('link', { name: / : \d+ offres?$/ });
    await expect(widenings.first()).toBeVisible();
    await expectNoAxeViolations(page, '/offres (élève, aucun résultat)');
    const hrefs = await widenings.evaluateAll((links) =>
      links.map((link) => [link.getAttribute('href')!, link.textContent!] as const),
    );
    for (const [href, label] of hrefs) {
      await page.goto(href);
      expect(await resultCount(page), label).toBe(Number(label.match(/(\d+) offres?$/)![1]));
    }
  });

  test('toute la recherche se fait au clavier', async ({ page }) => {
    const words = page.getByLabel('Mots-clés');
    await tabTo(page, words);
    await page.keyboard.type('delivrance');
    await tabTo(page, page.getByLabel('Secteur d’activité'));
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('button', { name: 'Rechercher' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/mots=delivrance/);
    const link = page.getByRole('link', { name: RESERVED_OFFER });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: RESERVED_OFFER })).toBeVisible();
  });
});

test('un visiteur cherche autour d’un code postal', { tag: '@mobile' }, async ({ page }) => {
  await page.goto('/offres');
  const place = page.getByLabel('Commune ou code postal');
  await place.fill('93200');
  const suggestion = page.getByRole('option', { name: /Saint-Denis \(93200\)/ });
  await expect(suggestion).toBeVisible();
  await place.press('ArrowDown');
  await place.press('Enter');
  await expect(place).toHaveValue('Saint-Denis (93200)');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/lieu=Saint-Denis/);
  expect(await resultCount(page)).toBeGreaterThan(0);
  await expect(results(page).first()).toContainText('km de Saint-Denis (93200)');
  // Reserved offers are for their collèges' pupils only.
  await expect(page.getByRole('heading', { name: RESERVED_OFFER })).toHaveCount(0);
  await expectNoAxeViolations(page, '/offres (visiteur autour de 93200)');
});
