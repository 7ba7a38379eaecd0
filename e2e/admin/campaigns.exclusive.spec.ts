import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';

/*
 * The admin opens the next campaign (school year): its targets are those of the previous campaign
 * that had some, then edited row by row; 2019-2020 (the circular's annexes) stays read-only.
 * Opening a campaign adds a school year that pages choosing "the latest campaign" would then show:
 * the spec runs alone, after the others (the "exclusive" project). It opens whichever campaign is
 * next (2027-2028 on the demo of 2026-2027), which needs the fresh demo database of each run: once
 * opened, the following one cannot be before 1 June (lib/admin/campaign-rules.ts).
 */

const VAL_D_OISE = "Val-d'Oise (95)";

/** The row whose header is `name`. */
const rowOf = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** A row's figures, whether shown as text (read-only campaign) or in its inputs. */
async function figures(row: Locator): Promise<string[]> {
  return row.getByRole('cell').evaluateAll((cells) =>
    cells
      .map((cell) => cell.querySelector('input')?.value ?? cell.textContent ?? '')
      .map((value) => value.replace(/\s/g, ''))
      .filter((value) => /^\d+$/.test(value)),
  );
}

test('l’administrateur ouvre la campagne suivante, qui reprend les objectifs, et en modifie un', async ({ page }) => {
  // Five pages of the 130 targets' rows, four axe scans of them: about 25 s alone, past 30 s when
  // the other exclusive worker loads a dashboard beside it.
  test.slow();
  await signIn(page, demoUsers.admin.email);
  await page.goto('/admin/referentiel');
  await page.getByRole('link', { name: 'Campagnes et objectifs' }).click();
  await expect(page.locator('h1:not(dialog h1)')).toHaveText('Campagnes et objectifs');
  await expectNoAxeViolations(page, 'campagnes');

  const open = page.getByRole('button', { name: /^Ouvrir la campagne \d{4}-\d{4}$/ });
  await expect(open, 'a campaign to open: on a server already tested, the next one is open').toBeVisible();
  const next = (await open.textContent())!.replace('Ouvrir la campagne ', '');
  const lead = await page.getByText(/^Elle reprend les objectifs de la campagne \d{4}-\d{4}/).textContent();
  const previous = /campagne (\d{4}-\d{4})/.exec(lead!)![1]!;

  // The previous campaign's figures: Île-de-France as a region, and the Ministry of Justice.
  await page.goto(`/admin/campagnes/${previous}`);
  const before = {
    region: await figures(rowOf(page, 'Région Île-de-France')),
    justice: await figures(rowOf(page, 'Justice')),
  };
  expect(before.region).toHaveLength(3);
  expect(before.justice).toHaveLength(1);

  // Opening asks for a confirmation, checked by the server too; the keyboard is enough.
  await page.goto('/admin/campagnes');
  const confirm = page.getByRole('checkbox', { name: new RegExp(`Je confirme l’ouverture de la campagne ${next}`) });
  await tabTo(page, confirm);
  await page.keyboard.press('Space');
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/admin/campagnes/${next}\\?fait=ouverte$`));
  await expect(page.locator('h1:not(dialog h1)')).toHaveText(`Campagne ${next}`);
  await expect(page.getByText('La campagne est ouverte')).toBeVisible();
  expect(await figures(rowOf(page, 'Région Île-de-France'))).toEqual(before.region);
  expect(await figures(rowOf(page, 'Justice'))).toEqual(before.justice);
  await expectNoAxeViolations(page, `campagne ${next}`);

  // A department's figures that do not add up are refused on the total, nothing typed is lost.
  const row = rowOf(page, VAL_D_OISE);
  const [total, publicSeats, privateSeats] = (await figures(row)).map(Number) as [number, number, number];
  const totalField = row.getByLabel(`Total, ${VAL_D_OISE}`);
  await totalField.fill(String(total + 11));
  await row.getByLabel(`Public, ${VAL_D_OISE}`).fill(String(publicSeats + 10));
  await row.getByRole('button', { name: `Enregistrer ${VAL_D_OISE}` }).click();
  await expect(row.getByText(/^Le total doit être égal à la somme des stages publics et privés/)).toBeVisible();
  await expect(totalField).toBeFocused();
  await expect(totalField).toHaveValue(String(total + 11));
  await expect(row.getByLabel(`Public, ${VAL_D_OISE}`)).toHaveValue(String(publicSeats + 10));
  await expectNoAxeViolations(page, 'objectif refusé');

  await totalField.fill(String(total + 10));
  await row.getByRole('button', { name: `Enregistrer ${VAL_D_OISE}` }).click();
  await expect(row.getByRole('status')).toHaveText('Enregistré.');
  await page.reload();
  expect(await figures(rowOf(page, VAL_D_OISE))).toEqual([total + 10, publicSeats + 10, privateSeats].map(String));
});

test('2019-2020 reste tel que publié, en lecture seule, et les pages tiennent sur 390 px', async ({ page }) => {
  await signIn(page, demoUsers.admin.email);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/admin/campagnes/2019-2020');
  await expect(page.locator('h1:not(dialog h1)')).toHaveText('Campagne 2019-2020');
  await expect(page.getByText(/publiés par la circulaire du 31 juillet 2019 \(annexes 1 et 2\)/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('button', { name: /^Enregistrer/ })).toHaveCount(0);
  // Annex 1 as printed: Île-de-France 6 833, though its departments add up to 6 834.
  expect(await figures(rowOf(page, 'Région Île-de-France'))).toEqual(['6833', '3416', '3416']);
  await expect(page.getByText('Somme des départements : 6 834', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'campagne 2019-2020 (390 px)');

  for (const path of ['/admin/campagnes/2019-2020', '/admin/campagnes']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.locator('h1:not(dialog h1)')).toHaveText(/^Campagne \d{4}-\d{4}$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'dernière campagne (390 px)');
});
