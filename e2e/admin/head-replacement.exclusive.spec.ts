import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { unique } from '../support/unique';
import { fillAccount, invitationPathFor, pageHeading } from '../school/support';

/*
 * The admin replaces the head of Collège Edgar Quinet (principal.marseille@demo.test) with a member
 * of its team, then puts him back. The member is created by the test (invited by the head, so each
 * run has its own), and the demo head ends as he started, so the spec runs again on the same
 * database. It takes a demo head's access away for a moment: it runs alone, after every other spec
 * (the "exclusive" project of playwright.config.ts).
 */

const SCHOOL = { id: demoId(104), name: 'Collège Edgar Quinet', uai: '0131935H' };
const HEAD = { email: 'principal.marseille@demo.test', name: 'Pierre Santoni' };
const CPE = 'Conseiller principal d’éducation (CPE)';

async function signedIn(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** A head invites `email` to their team with `role`; the invitee accepts in `invitee` (signed in, or creating an account). */
async function inviteAndAccept(
  head: Page,
  invitee: Page,
  email: string,
  role: string,
  account?: { firstName: string; lastName: string },
) {
  await head.goto('/etablissement/equipe');
  await head.getByLabel(/^Adresse électronique de la personne/).fill(email);
  await head.getByLabel('Rôle', { exact: true }).selectOption({ label: role });
  await head.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(head.getByText(`Invitation envoyée à ${email}`)).toBeVisible();
  await invitee.goto(await invitationPathFor(invitee, email));
  if (account) {
    await fillAccount(invitee, account);
    await invitee.getByRole('button', { name: 'Créer mon compte et accepter l’invitation' }).click();
  } else {
    await invitee.getByRole('button', { name: 'Accepter l’invitation' }).click();
  }
  // Creating the account hashes its password: a few seconds when the machine is busy.
  await expect(invitee).toHaveURL(/\/etablissement/, { timeout: 20_000 });
}

/** On the school's admin page, makes `optionLabel` its head with a reason and the confirmation. */
async function replaceHead(admin: Page, optionLabel: string, reason: string) {
  await admin.goto(`/admin/etablissements/${SCHOOL.id}`);
  await admin.getByLabel('Nouveau chef d’établissement').selectOption({ label: optionLabel });
  await admin.getByLabel(/^Raison du changement/).fill(reason);
  await admin
    .getByRole('checkbox', { name: /^Je confirme le changement de chef d’établissement/ })
    .check({ force: true });
  await admin.getByRole('button', { name: 'Remplacer le chef d’établissement' }).click();
  await expect(admin.getByText('Le chef d’établissement est désigné')).toBeVisible();
}

test('l’administrateur remplace un chef d’établissement par un membre de son équipe', async ({ browser }) => {
  // Three people, two invitations, two replacements and four axe scans: about 40 s on this machine.
  test.slow();
  const id = unique();
  const cpe = { firstName: 'Léa', lastName: `Garnier${id.slice(-5)}`, email: `cpe.${id}@ac-aix-marseille.fr` };

  const head = await signedIn(browser, HEAD.email);
  const member = await (await browser.newContext()).newPage();
  await inviteAndAccept(head, member, cpe.email, CPE, { firstName: cpe.firstName, lastName: cpe.lastName });
  await expect(member.getByText(`${CPE} · ${SCHOOL.name}`)).toBeVisible();

  const admin = await signedIn(browser, demoUsers.admin.email);
  await admin.goto(`/admin/etablissements?q=${SCHOOL.uai}`);
  await expectNoAxeViolations(admin, '/admin/etablissements (recherche)');
  await admin.getByRole('link', { name: new RegExp(`^Gérer le ${SCHOOL.name}`) }).click();
  await expect(pageHeading(admin)).toHaveText(SCHOOL.name);
  await expect(admin.getByRole('region', { name: 'Chef d’établissement' })).toContainText(HEAD.name);
  await expectNoAxeViolations(admin, '/admin/etablissements/[id]');

  await replaceHead(
    admin,
    `${cpe.firstName} ${cpe.lastName} – ${CPE} (${cpe.email})`,
    'Nouvelle cheffe nommée par le rectorat à la rentrée.',
  );
  await expect(admin.getByRole('region', { name: 'Chef d’établissement' })).toContainText(
    `${cpe.firstName} ${cpe.lastName}`,
  );
  await expectNoAxeViolations(admin, '/admin/etablissements/[id] (chef remplacé)');

  // The new head has the school's head space; the old one no longer has the school.
  await member.goto('/etablissement');
  await expect(member.getByText(`Chef d’établissement · ${SCHOOL.name}`)).toBeVisible();
  expect((await member.goto('/etablissement/equipe'))?.status()).toBe(200);
  await head.goto('/etablissement');
  await expect(pageHeading(head)).toHaveText(`Bonjour ${HEAD.name}`);
  await expect(head.getByRole('heading', { name: `Vous n’avez pas accès à ${SCHOOL.name}` })).toBeVisible();
  await expect(head.getByText(`Chef d’établissement · ${SCHOOL.name}`)).toHaveCount(0);
  await expectNoAxeViolations(head, '/etablissement (ancien chef)');
  // The old head was told, with the reason.
  await head.goto(`/courriels?a=${encodeURIComponent(HEAD.email)}`);
  await expect(head.getByRole('article').first()).toContainText('Nouvelle cheffe nommée par le rectorat');

  // Put the demo head back: the new head invites him to the team, and the admin appoints him.
  await inviteAndAccept(member, head, HEAD.email, 'Personnel administratif');
  await replaceHead(
    admin,
    `${HEAD.name} – Personnel administratif (${HEAD.email})`,
    'Retour du chef d’établissement après le test.',
  );
  await head.goto('/etablissement');
  await expect(head.getByText(`Chef d’établissement · ${SCHOOL.name}`)).toBeVisible();
  await member.goto('/etablissement');
  await expect(member.getByText(`Chef d’établissement · ${SCHOOL.name}`)).toHaveCount(0);
});
