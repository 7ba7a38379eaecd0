import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoWeeks } from '../../db/seed/demo-weeks';
import { demoId } from '../../db/seed/demo-data';
import { formatWeek } from '../../lib/calendar/format';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { mailedLinkPath } from '../support/mailbox';

/*
 * Issue 13, end to end: Adam (3e B) applies, the host accepts, Adam confirms; the convention is
 * created. The host and the head complete their parts, then all four parties sign, each with the
 * code e-mailed to them: the host, Adam with the keyboard alone, the head in a batch, and his
 * mother through the link e-mailed to her, without an account. The PDF each of them downloads
 * carries every signature and the same fingerprint. Then the host records that Sarah's internship
 * of the week before last took place. Exclusive: it takes a seat the search specs count.
 */

const ADAM = 'adam.mansouri@demo.test';
const MOTHER = { name: 'Karima Mansouri', email: 'karima.mansouri@exemple.fr' };
const [, , W2] = demoWeeks(new Date()).list as [string, string, string];
const OFFER = { id: demoId(401), title: 'Découvrir les métiers de la logistique urbaine' };
const SARAH_AGREEMENT = demoId(602);

const main = (page: Page) => page.getByRole('main');
const group = (page: Page, name: string) => main(page).getByRole('group', { name });

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** The newest signing code e-mailed to `recipient`, read from the dev mailbox in a page of its own. */
async function mailedCode(browser: Browser, recipient: string): Promise<string> {
  const mailbox = await (await browser.newContext()).newPage();
  await mailbox.goto(`/courriels?a=${encodeURIComponent(recipient)}`);
  const text = await mailbox.getByRole('article').filter({ hasText: 'Votre code pour signer' }).first().innerText();
  await mailbox.context().close();
  return /\b(\d{6})\b/.exec(text)![1]!;
}

/** Receives a code and signs with the mouse. */
async function sign(browser: Browser, page: Page, email: string, fullName: string) {
  const form = main(page);
  await form.getByRole('button', { name: 'Recevoir un code par courriel' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Code envoyé à' })).toBeVisible();
  await form.getByLabel('Votre nom complet').fill(fullName);
  await form.getByLabel('Code reçu par courriel').fill(await mailedCode(browser, email));
  await form.getByLabel('J’ai lu la convention et j’en accepte les termes.').check({ force: true });
  await form.getByRole('button', { name: 'Signer la convention' }).click();
  await expect(form.getByText('Vous avez signé cette convention le')).toBeVisible();
}

/** The text of a PDF, read with pdftotext as a reader's tool would. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'convention-')), 'convention.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function downloadPdf(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return pdfText(await response.body());
}

const fingerprintOf = (text: string) => /\b([0-9a-f]{64})\b/.exec(text.replace(/\s+(?=[0-9a-f]{8,}\b)/g, ''))?.[1];

test('a convention from a confirmed application to the signatures of all four parties, the same PDF for each', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // Adam applies, the host accepts, Adam confirms: the convention is created.
  const adam = await as(browser, ADAM);
  await adam.goto(`/offres/${OFFER.id}`);
  await main(adam)
    .getByRole('radio', { name: formatWeek(W2) })
    .check({ force: true });
  await main(adam)
    .getByLabel('Ta lettre de motivation')
    .fill('Bonjour, je suis en 3e B et je voudrais découvrir la logistique parce que les livraisons me passionnent.');
  await main(adam).getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await expect(main(adam).getByRole('heading', { name: 'Candidature envoyée' })).toBeVisible();

  const host = await as(browser, demoUsers.privateHost.email);
  await host.goto('/entreprise/candidatures');
  await main(host)
    .getByRole('row')
    .filter({ hasText: OFFER.title })
    .getByRole('link', { name: /Adam M\./ })
    .first()
    .click();
  await main(host).getByRole('button', { name: 'Accepter la candidature' }).click();
  await expect(main(host).getByRole('status')).toContainText('Candidature acceptée');

  await adam.goto('/eleve');
  const placement = main(adam)
    .getByRole('article')
    .filter({ has: adam.getByRole('heading', { name: OFFER.title }) })
    .filter({ hasText: formatWeek(W2) });
  await placement.getByLabel(/Je confirme ce stage/).check({ force: true });
  await placement.getByRole('button', { name: /Confirmer ce stage/ }).click();
  await expect(main(adam).getByRole('heading', { name: 'Stage confirmé' })).toBeVisible();
  await main(adam).getByRole('link', { name: 'Voir ma convention' }).click();
  await expect(adam).toHaveURL(/\/eleve\/conventions\/[0-9a-f-]{36}$/);
  const id = adam.url().split('/').at(-1)!;
  await expect(main(adam)).toContainText('À compléter');

  // The host completes its part; no lunch offered, so the family is told what to bring.
  await host.goto(`/entreprise/conventions/${id}`);
  await expect(main(host)).toContainText('À compléter');
  await group(host, 'Qui signe pour la structure').getByLabel('Prénom et nom').fill('Sophie Lemaire');
  await group(host, 'Qui signe pour la structure').getByLabel('Fonction').fill('Directrice des opérations');
  await group(host, 'Le tuteur de l’élève').getByLabel('Fonction').fill('Responsable des tournées');
  await main(host).getByLabel('Pas de déjeuner offert').check({ force: true });
  await main(host)
    .getByLabel('Précisions sur le déjeuner')
    .fill('Prévoir un repas froid : une salle de pause est ouverte.');
  await group(host, 'Votre assurance responsabilité civile').getByLabel('Assureur').fill('Assurances du Landy');
  await group(host, 'Votre assurance responsabilité civile').getByLabel('Numéro de contrat').fill('RC-2027-0042');
  await expectNoAxeViolations(host);
  await main(host).getByRole('button', { name: 'Enregistrer la partie de la structure' }).click();
  await expect(main(host).getByRole('heading', { name: 'Votre partie est complète' })).toBeVisible();

  // The head completes the school's part: the convention is ready to sign, the mother gets her link.
  const head = await as(browser, demoUsers.head.email);
  await head.goto(`/etablissement/conventions/${id}`);
  await group(head, 'Le professeur référent').getByLabel('Prénom et nom').fill('Julien Marchand');
  await group(head, 'Le professeur référent').getByLabel('Courriel').fill(demoUsers.teacher.email);
  const representative = group(head, 'Représentant légal Il reçoit par courriel le lien pour signer la convention.');
  await representative.getByLabel('Prénom et nom').fill(MOTHER.name);
  await representative.getByLabel('Courriel').fill(MOTHER.email);
  await main(head).getByRole('button', { name: 'Enregistrer la partie du collège' }).click();
  await expect(main(head)).toContainText('Prête à signer');
  await expectNoAxeViolations(head);

  // The host signs.
  await host.goto(`/entreprise/conventions/${id}`);
  await sign(browser, host, demoUsers.privateHost.email, 'Sophie Lemaire');

  // Adam signs with the keyboard alone.
  await adam.goto(`/eleve/conventions/${id}`);
  await expectNoAxeViolations(adam);
  await tabTo(adam, main(adam).getByRole('button', { name: 'Recevoir un code par courriel' }));
  await adam.keyboard.press('Enter');
  await expect(main(adam).getByRole('status').filter({ hasText: 'Code envoyé à' })).toBeVisible();
  const code = await mailedCode(browser, ADAM);
  await tabTo(adam, main(adam).getByLabel('Ton nom complet'));
  await adam.keyboard.type('Adam Mansouri');
  await adam.keyboard.press('Tab');
  await adam.keyboard.type(code);
  await tabTo(adam, main(adam).getByLabel('J’ai lu la convention et j’en accepte les termes.'));
  await adam.keyboard.press('Space');
  await tabTo(adam, main(adam).getByRole('button', { name: 'Signer la convention' }));
  await adam.keyboard.press('Enter');
  await expect(main(adam).getByText('Tu as signé cette convention le')).toBeVisible();

  // The head signs in a batch.
  await head.goto('/etablissement/conventions/signature');
  await expect(main(head).getByRole('checkbox', { name: /Adam Mansouri/ })).toBeChecked();
  await expectNoAxeViolations(head);
  await main(head)
    .getByRole('button', { name: /Recevoir un code pour/ })
    .click();
  await expect(main(head).getByRole('status').filter({ hasText: 'Code envoyé à' })).toBeVisible();
  await main(head).getByLabel('Votre nom complet').fill('Nadia Belkacem');
  await main(head)
    .getByLabel('Code reçu par courriel')
    .fill(await mailedCode(browser, demoUsers.head.email));
  await main(head).getByLabel('J’ai lu les conventions cochées et j’en accepte les termes.').check({ force: true });
  await main(head).getByRole('button', { name: 'Signer les conventions cochées' }).click();
  await expect(main(head).getByRole('heading', { name: 'Conventions signées' })).toBeVisible();

  // His mother signs through the link e-mailed to her, without an account.
  const mother = await (await browser.newContext()).newPage();
  const link = await mailedLinkPath(mother, MOTHER.email, /\/signature\//);
  await mother.goto(link);
  await expect(main(mother)).toContainText('Aucun repas n’est fourni par la structure d’accueil');
  await expectNoAxeViolations(mother);
  await sign(browser, mother, MOTHER.email, 'karima mansouri');
  await mother.reload();
  await expect(main(mother)).toContainText('Signée par tous');

  // Every party downloads the same document, with the four signatures and one fingerprint.
  const texts = [
    await downloadPdf(host, `/conventions/${id}/pdf`),
    await downloadPdf(head, `/conventions/${id}/pdf`),
    await downloadPdf(adam, `/conventions/${id}/pdf`),
    await downloadPdf(mother, `${link}/pdf`),
  ];
  const fingerprint = fingerprintOf(texts[0]!);
  expect(fingerprint).toBeTruthy();
  for (const text of texts) {
    expect(text).toContain('Adam Mansouri');
    expect(text).toContain('Aucun repas n’est fourni par la structure d’accueil');
    expect(text.match(/Signé le \d/g)).toHaveLength(4);
    expect(fingerprintOf(text)).toBe(fingerprint);
  }
  await host.goto(`/entreprise/conventions/${id}`);
  await expect(main(host)).toContainText('Signée par tous');
});

test('after its week, the host records that the internship took place, and the school sees it', async ({ browser }) => {
  const host = await as(browser, demoUsers.privateHost.email);
  await host.goto(`/entreprise/conventions/${SARAH_AGREEMENT}`);
  await expect(main(host)).toContainText('Signée par tous');
  const outcome = main(host).getByRole('group', { name: 'Le stage a-t-il eu lieu ?' });
  await outcome.getByLabel('Stage réalisé').check({ force: true });
  await main(host).getByRole('button', { name: 'Enregistrer l’issue du stage' }).click();
  await expect(main(host).getByText('Stage réalisé').first()).toBeVisible();
  await expectNoAxeViolations(host);

  const head = await as(browser, demoUsers.head.email);
  await head.goto('/etablissement/eleves?etat=completed');
  await expect(main(head).getByRole('row').filter({ hasText: 'Nguyen' })).toContainText('Stage réalisé');
});
