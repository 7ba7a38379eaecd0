import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoWeeks } from '../../db/seed/demo-weeks';
import { demoId } from '../../db/seed/demo-data';
import { formatWeek } from '../../lib/calendar/format';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';

/*
 * Issue 11, end to end: Moussa (3e A) applies to three offers for the same week with his CV and a
 * letter each; two hosts accept; he confirms one, the two others are withdrawn for him and for
 * their hosts, and the host who lost him and his main teacher are e-mailed. Rayan finds the only
 * seat taken while he was writing (nothing he typed is lost), then is refused with a reason he
 * reads. Lina applies with the keyboard only. Exclusive: it changes seats that the search specs
 * count, so it runs once they are done, on a fresh demo database. (Sarah's password is changed by
 * the password reset spec: she is not used here.)
 */

const MOUSSA = 'moussa.diallo@demo.test';
const RAYAN = 'rayan.cherif@demo.test';
const LINA = 'lina.traore@demo.test';
const [, W1, W2] = demoWeeks(new Date()).list as [string, string, string];
const OFFER = {
  it: { id: demoId(402), title: 'Une semaine avec l’équipe informatique' },
  prefecture: { id: demoId(403), title: 'Au cœur des services de la préfecture' },
  reception: { id: demoId(404), title: 'Accueil du public et délivrance des titres' },
};
const REFUSAL = 'Le trajet entre ton domicile ou ton collège et notre structure est trop long.';

const main = (page: Page) => page.getByRole('main');
const letter = (name: string, offer: string) =>
  `Bonjour, je m’appelle ${name} et je suis en 3e. Je voudrais découvrir les métiers de « ${offer} » parce que cela m’intéresse beaucoup.`;

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function fillApplication(page: Page, offerId: string, week: string, text: string) {
  await page.goto(`/offres/${offerId}`);
  await main(page)
    .getByRole('radio', { name: formatWeek(week) })
    .check({ force: true });
  await main(page).getByLabel('Ta lettre de motivation').fill(text);
}

async function sendApplication(page: Page) {
  await main(page).getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await expect(main(page).getByRole('heading', { name: 'Candidature envoyée' })).toBeVisible();
}

/** The host opens the pupil's application to that offer from the inbox and answers it. */
async function openFromInbox(page: Page, pupil: RegExp, offerTitle: string) {
  await page.goto('/entreprise/candidatures');
  await main(page).getByRole('row').filter({ hasText: offerTitle }).getByRole('link', { name: pupil }).first().click();
  await expect(main(page).getByRole('heading', { level: 1 })).toContainText('Candidature de');
}

/** The pupil's application to that offer for that week, on /eleve. */
const application = (page: Page, offerTitle: string, week = W1) =>
  main(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: offerTitle }) })
    .filter({ hasText: formatWeek(week) });

test('three applications for one week, two acceptances, one confirmation: the others are withdrawn', async ({
  browser,
}) => {
  test.slow();
  const moussa = await as(browser, MOUSSA);
  await moussa.goto('/eleve/cv');
  await main(moussa).getByLabel('Ce que j’aime au collège').fill('Les mathématiques et la technologie.');
  await main(moussa)
    .getByLabel('Ce que j’aimerais découvrir pendant mon stage')
    .fill('Comment on répare un ordinateur.');
  await expect(main(moussa).getByRole('status')).toContainText('Enregistré automatiquement');
  await expectNoAxeViolations(moussa);

  for (const offer of [OFFER.it, OFFER.prefecture, OFFER.reception]) {
    await fillApplication(moussa, offer.id, W1, letter('Moussa', offer.title));
    await expect(main(moussa).getByText('Comment on répare un ordinateur.')).toBeVisible();
    if (offer === OFFER.it) await expectNoAxeViolations(moussa);
    await sendApplication(moussa);
  }
  await expect(application(moussa, OFFER.reception.title)).toContainText('Envoyée');

  // Rayan starts writing to the same week of the one-seat offer while its host answers Moussa.
  const rayan = await as(browser, RAYAN);
  await fillApplication(rayan, OFFER.it.id, W1, letter('Rayan', OFFER.it.title));

  const company = await as(browser, demoUsers.privateHost.email);
  await company.goto('/entreprise/candidatures');
  await expectNoAxeViolations(company);
  await openFromInbox(company, /Moussa D\./, OFFER.it.title);
  await expect(main(company)).toContainText('Comment on répare un ordinateur.');
  await expect(main(company)).not.toContainText(MOUSSA);
  await expectNoAxeViolations(company);
  await main(company).getByRole('button', { name: 'Accepter la candidature' }).click();
  await expect(main(company).getByRole('status')).toContainText('Candidature acceptée');

  await main(rayan).getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await expect(main(rayan).getByRole('alert')).toContainText('complète');
  await expect(main(rayan).getByLabel('Ta lettre de motivation')).toHaveValue(letter('Rayan', OFFER.it.title));

  const prefecture = await as(browser, demoUsers.publicHost.email);
  await openFromInbox(prefecture, /Moussa D\./, OFFER.prefecture.title);
  await main(prefecture).getByRole('button', { name: 'Accepter la candidature' }).click();
  await expect(main(prefecture).getByRole('status')).toContainText('Candidature acceptée');

  await moussa.goto('/eleve');
  await expect(main(moussa).getByText(/\d stages à confirmer/)).toBeVisible();
  await expectNoAxeViolations(moussa);
  const chosen = application(moussa, OFFER.it.title);
  await chosen.getByLabel(/Je confirme ce stage/).check({ force: true });
  await chosen.getByRole('button', { name: /Confirmer ce stage/ }).click();
  await expect(main(moussa).getByRole('heading', { name: 'Stage confirmé' })).toBeVisible();
  await expect(application(moussa, OFFER.it.title)).toContainText('Ton tuteur');
  for (const offer of [OFFER.prefecture, OFFER.reception])
    await expect(application(moussa, offer.title)).toContainText('Retirée : stage confirmé ailleurs');

  await prefecture.goto('/entreprise/candidatures?statut=all');
  await expect(
    main(prefecture)
      .getByRole('row')
      .filter({ hasText: OFFER.prefecture.title })
      .filter({ hasText: 'Moussa D.' })
      .filter({ hasText: formatWeek(W1) }),
  ).toContainText('Retirée');
  await prefecture.goto(`/courriels?a=${encodeURIComponent(demoUsers.publicHost.email)}`);
  await expect(
    prefecture
      .getByRole('article')
      .filter({ hasText: `Une candidature pour « ${OFFER.prefecture.title} » est retirée` })
      .first(),
  ).toBeVisible();
  await prefecture.goto(`/courriels?a=${encodeURIComponent(demoUsers.teacher.email)}`);
  await expect(
    prefecture.getByRole('article').filter({ hasText: 'Moussa Diallo (3e A) : stage confirmé' }).first(),
  ).toBeVisible();

  // Rayan applies elsewhere, is refused with a reason, and reads it.
  await fillApplication(rayan, OFFER.prefecture.id, W1, letter('Rayan', OFFER.prefecture.title));
  await sendApplication(rayan);
  await openFromInbox(prefecture, /Rayan C\./, OFFER.prefecture.title);
  await main(prefecture).getByRole('radio', { name: REFUSAL }).check({ force: true });
  await main(prefecture).getByRole('button', { name: 'Refuser la candidature' }).click();
  await expect(main(prefecture).getByRole('status')).toContainText('Candidature refusée');
  await rayan.goto('/eleve');
  await expect(application(rayan, OFFER.prefecture.title)).toContainText(`Message de la structure : ${REFUSAL}`);
});

test('a pupil applies, then confirms, with the keyboard only', async ({ page, browser }) => {
  await signIn(page, LINA);
  await page.goto(`/offres/${OFFER.it.id}`);
  const week = main(page).getByRole('radio', { name: formatWeek(W2) });
  await tabTo(page, week);
  await page.keyboard.press('Space');
  await expect(week).toBeChecked();
  const text = main(page).getByLabel('Ta lettre de motivation');
  await tabTo(page, text);
  await page.keyboard.type(letter('Lina', OFFER.it.title));
  const send = main(page).getByRole('button', { name: 'Envoyer ma candidature' });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('heading', { name: 'Candidature envoyée' })).toBeVisible();
  await expect(application(page, OFFER.it.title, W2)).toContainText('Envoyée');

  const company = await as(browser, demoUsers.privateHost.email);
  await openFromInbox(company, /Lina T\./, OFFER.it.title);
  await main(company).getByRole('button', { name: 'Accepter la candidature' }).click();
  await expect(main(company).getByRole('status')).toContainText('Candidature acceptée');

  await page.reload();
  const card = application(page, OFFER.it.title, W2);
  const box = card.getByRole('checkbox', { name: /Je confirme ce stage/ });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await tabTo(page, card.getByRole('button', { name: /Confirmer ce stage/ }));
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('heading', { name: 'Stage confirmé' })).toBeVisible();
  await expect(application(page, OFFER.it.title, W2)).toContainText('Stage confirmé');
});

test('after these steps, the main teacher of 3e A follows each pupil’s state on the class page', async ({ page }) => {
  await signIn(page, demoUsers.teacher.email);
  await page.goto(`/etablissement/classes/${demoId(201)}`);
  const row = (lastName: string) => main(page).getByRole('row').filter({ hasText: lastName });
  // Moussa confirmed one of his three; Inès has hers from the demo; Yanis has not applied.
  await expect(row('Diallo')).toContainText('Stage confirmé');
  await expect(row('Diallo')).toContainText(formatWeek(W1));
  await expect(row('Benali')).toContainText('Stage confirmé');
  await expect(row('Haddad')).toContainText('Aucune candidature en cours');
  // Lina (3e B) is not in his class: neither listed nor reachable.
  await expect(main(page).getByText('Traoré')).toHaveCount(0);
  await expectNoAxeViolations(page, '/etablissement/classes/[id] (après les candidatures)');
  expect((await page.goto(`/etablissement/classes/${demoId(202)}`))?.status()).toBe(404);
});
