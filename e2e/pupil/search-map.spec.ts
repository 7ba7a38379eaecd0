import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/*
 * The map of the pupil's search beside the result list (components/map/search-map/): the same
 * offers, highlighted together, the map out of the way of keyboards and screen readers, and
 * switched off for good when the pupil asks. Markers say which offers they stand for in
 * `data-offer-ids` (several for a group) and carry `data-highlighted` when lit; list items lit
 * from the map carry `data-map-highlighted`.
 */

const SEARCH = '/offres';
const LIST = '#resultats';

const map = (page: Page) => page.locator('.search-map__frame');
const listItems = (page: Page) => page.locator(`${LIST} [data-offer-id]`);
const markerOf = (page: Page, id: string) => map(page).locator(`[data-offer-ids~="${id}"]`);

/** Every offer the map shows, a group counting as its members. */
function offersOnMap(page: Page): Promise<string[]> {
  return map(page)
    .locator('[data-offer-ids]')
    .evaluateAll((markers) => markers.flatMap((marker) => marker.getAttribute('data-offer-ids')!.split(' ')).sort());
}

function offersInList(page: Page): Promise<string[]> {
  return listItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-offer-id')!).sort());
}

test.beforeEach(async ({ page }) => {
  // No animated zoom: a marker clicked is where it was drawn.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signIn(page, demoUsers.pupil.email);
  await page.goto(SEARCH);
});

test('la carte montre les mêmes offres que la liste, hors de portée du clavier', async ({ page }) => {
  const listed = await offersInList(page);
  expect(listed.length).toBeGreaterThan(1);
  await expect.poll(() => offersOnMap(page)).toEqual(listed);
  // Framed on the page's offers rather than the whole circle: the nearest offers stand apart
  // instead of one group on the school.
  expect(await map(page).locator('[data-offer-ids]').count()).toBeGreaterThan(listed.length / 2);
  await expect(page.getByText(/^Carte des \d+ offres/)).toBeVisible();
  await expect(map(page)).toHaveAttribute('aria-hidden', 'true');
  // Nothing in the map takes the focus with Tab: the list is the way through for the keyboard.
  const tabbable = await map(page)
    .locator('a[href], button, input, [tabindex]')
    .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).tabIndex >= 0).length);
  expect(tabbable).toBe(0);
  await expectNoAxeViolations(page, `${SEARCH} (carte affichée)`);
});

test('survoler ou parcourir la liste allume le repère de l’offre, et inversement', async ({ page }) => {
  await expect.poll(() => offersOnMap(page).then((ids) => ids.length)).toBeGreaterThan(1);
  const [first, second] = await listItems(page).evaluateAll((items) =>
    items.slice(0, 2).map((item) => item.getAttribute('data-offer-id')!),
  );

  await listItems(page).first().hover();
  await expect(markerOf(page, first!)).toHaveAttribute('data-highlighted', '');
  await page.getByRole('heading', { level: 1 }).hover();
  await expect(map(page).locator('[data-highlighted]')).toHaveCount(0);

  await listItems(page).nth(1).getByRole('link').first().focus();
  await expect(markerOf(page, second!)).toHaveAttribute('data-highlighted', '');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(map(page).locator('[data-highlighted]')).toHaveCount(0);

  // The other way: a marker hovered lights the list items of the offers it stands for.
  const marker = map(page).locator('[data-offer-ids]').first();
  const ids = (await marker.getAttribute('data-offer-ids'))!.split(' ');
  await marker.hover();
  for (const id of ids)
    await expect(page.locator(`${LIST} [data-offer-id="${id}"]`)).toHaveAttribute('data-map-highlighted', '');
});

test('choisir un repère amène au lien de l’offre dans la liste', async ({ page }) => {
  await expect.poll(() => offersOnMap(page).then((ids) => ids.length)).toBeGreaterThan(1);
  const single = map(page).locator('path[data-offer-ids]');
  // Offers drawn as a group: choosing the group zooms in or spreads its members, until one stands alone.
  for (let round = 0; round < 6 && (await single.count()) === 0; round++)
    await map(page).locator('.search-map__cluster').first().click();
  const id = (await single.first().getAttribute('data-offer-ids'))!;
  await single.first().click();
  await expect(page.locator(`${LIST} [data-offer-id="${id}"] a[href]`).first()).toBeFocused();
  await expect(markerOf(page, id)).toHaveAttribute('data-highlighted', '');
});

test('« Masquer la carte » est retenu d’une visite à l’autre', async ({ page }) => {
  await expect(map(page).locator('.leaflet-container')).toBeVisible();
  await page.getByRole('button', { name: 'Masquer la carte' }).click();
  const show = page.getByRole('button', { name: 'Afficher la carte' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(map(page)).toBeHidden();
  await expect(listItems(page).first()).toBeVisible();

  await page.reload();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(map(page)).toBeHidden();
  // Not only hidden: Leaflet is not even loaded while the map is masked.
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await expectNoAxeViolations(page, `${SEARCH} (carte masquée)`);

  await show.click();
  await expect(page.getByRole('button', { name: 'Masquer la carte' })).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => offersOnMap(page)).toEqual(await offersInList(page));
});

test.describe('sur un téléphone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('la carte attend qu’on l’affiche', { tag: '@mobile' }, async ({ page }) => {
    await expect(page.getByRole('button', { name: 'Afficher la carte' })).toHaveAttribute('aria-expanded', 'false');
    await expect(map(page)).toBeHidden();
    await page.getByRole('button', { name: 'Afficher la carte' }).click();
    await expect.poll(() => offersOnMap(page)).toEqual(await offersInList(page));
  });
});
