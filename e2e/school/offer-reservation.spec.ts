import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';

/*
 * Reservation requests: the head of Collège Henri Barbusse asks to reserve the préfecture's public
 * offer for her pupils, the host accepts, and from then on only that school sees the offer. The host
 * then lifts the reservation: the offer is public again, as seeded, and the test can run again.
 */

const OFFER = `/offres/${demoId(403)}`;
const main = (page: Page) => page.getByRole('main');

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test('une cheffe demande la réservation d’une offre, la structure l’accepte, seul son collège la voit ensuite', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  // Before: anyone may read the public offer, a visitor included.
  await page.goto(OFFER);
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Au cœur des services de la préfecture' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, `${OFFER} (visiteur)`);

  const head = await signedIn(browser, demoUsers.head.email);
  await head.goto(OFFER);
  await expectNoAxeViolations(head, `${OFFER} (cheffe)`);
  await main(head).getByRole('button', { name: 'Demander à réserver cette offre pour mon collège' }).click();
  await expect(
    main(head)
      .getByText(/demande/i)
      .first(),
  ).toBeVisible();
  await expect(
    main(head).getByRole('button', { name: 'Demander à réserver cette offre pour mon collège' }),
  ).toHaveCount(0);

  const host = await signedIn(browser, demoUsers.publicHost.email);
  await host.goto(`/entreprise/offres/${demoId(403)}`);
  await main(host).getByRole('button', { name: 'Accepter la demande de Collège Henri Barbusse' }).click();
  // The answered request leaves the list and the school joins the offer's reserved schools.
  await expect(main(host).getByRole('button', { name: /Accepter la demande/ })).toHaveCount(0);
  await expect(main(host).getByRole('heading', { name: 'Réservée aux collèges' })).toBeVisible();
  await expect(main(host).getByText('Collège Henri Barbusse (Saint-Denis)', { exact: true })).toBeVisible();

  // After: reserved for Henri Barbusse's pupils and staff, a 404 for a visitor and for Marseille.
  const pupil = await signedIn(browser, demoUsers.pupil.email);
  await pupil.goto(OFFER);
  await expect(main(pupil).getByText('Réservée aux élèves de ton collège')).toBeVisible();
  await expectNoAxeViolations(pupil, `${OFFER} (élève)`);
  expect((await page.goto(OFFER))?.status()).toBe(404);
  const marseille = await signedIn(browser, 'rayan.cherif@demo.test');
  expect((await marseille.goto(OFFER))?.status()).toBe(404);

  // The host lifts the reservation in the offer's reservation step: everyone may read the offer again.
  await host.goto(`/entreprise/offres/${demoId(403)}/reservation`);
  await main(host).getByLabel('Réserver cette offre à un ou plusieurs collèges').uncheck({ force: true });
  await main(host)
    .getByRole('button', { name: /^Enregistrer et / })
    .click();
  await expect(host).toHaveURL(new RegExp(`/entreprise/offres/${demoId(403)}$`));
  await expect(main(host).getByRole('heading', { name: 'Réservée aux collèges' })).toHaveCount(0);
  expect((await marseille.goto(OFFER))?.status()).toBe(200);
  expect((await page.goto(OFFER))?.status()).toBe(200);
});
