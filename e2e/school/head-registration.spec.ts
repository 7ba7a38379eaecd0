import { expect, test, type Page } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { verifyAddress } from '../support/mailbox';
import { unique } from '../support/unique';
import { fillAccount, NEW_PASSWORD, pageHeading } from './support';

/*
 * A head registers an eligible collège (REP+, without a head in the demo) with its functional address
 * (ce.<uai>@<académie>): nothing is possible before the link sent there is opened, then the collège
 * is theirs. Another address is refused with the address to use, and a head without access to that
 * mailbox leaves a request for the national team. A collège outside priority education is refused.
 *
 * A registration cannot be undone from the pages and the demo directory has only seven collèges, so
 * each run on the same database registers the first of these REP+ collèges still without a head:
 * three runs per database. Gustave Courbet (REP) never gets a head here: the specs that need an
 * unregistered collège (pupil sign-up, school pages) use it, and so does the refused claim below.
 */

const REP_PLUS_CANDIDATES = [
  { name: 'Collège Robert Doisneau', commune: 'Clichy-sous-Bois', uai: '0932366S', domain: 'ac-creteil.fr' },
  { name: 'Collège Jules Ferry', commune: 'Marseille', uai: '0132408X', domain: 'ac-aix-marseille.fr' },
  { name: 'Collège Henri Fabre', commune: 'Vitrolles', uai: '0132214L', domain: 'ac-aix-marseille.fr' },
];
const NOT_PRIORITY = 'Ce collège n’est pas en éducation prioritaire (REP+ ou REP).';

/** The first candidate the directory still offers for registration (shown as a link), searched by commune. */
async function searchUnregisteredCollege(page: Page) {
  for (const school of REP_PLUS_CANDIDATES) {
    await page.goto('/inscription/etablissement');
    await page.getByRole('searchbox').fill(school.commune);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem').filter({ hasText: school.name })).toBeVisible();
    if ((await page.getByRole('link', { name: school.name }).count()) > 0) return school;
  }
  throw new Error('Les collèges REP+ de démonstration ont tous un chef : relancez le serveur sur une base neuve.');
}

test.describe('inscription du chef d’établissement', () => {
  test('inscrit un collège REP+ avec l’adresse fonctionnelle, ne peut rien faire avant le lien, puis le gère', async ({
    page,
  }) => {
    // Sign-up, two sign-ins, a re-sent link and five axe scans: up to 30 s while the other worker runs.
    test.slow();
    const school = await searchUnregisteredCollege(page);
    const email = `ce.${school.uai.toLowerCase()}@${school.domain}`;
    await page.getByRole('link', { name: school.name }).click();
    await expect(page.getByText(`UAI ${school.uai}`)).toBeVisible();
    await expect(page.getByText(`${email} : un lien y sera envoyé`)).toBeVisible();
    await expectNoAxeViolations(page, '/inscription/etablissement (formulaire)');

    await fillAccount(page, { firstName: 'Claire', lastName: 'Martin', email });
    await page.getByRole('button', { name: 'Inscrire mon collège' }).click();
    await expect(page).toHaveURL(/\/inscription\/verification$/);
    await expect(pageHeading(page)).toHaveText('Consultez votre messagerie');
    await expectNoAxeViolations(page, '/inscription/verification');

    // Signed in before opening the link: the page that says so, and nothing else.
    await signIn(page, email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/inscription\/verification$/);
    await expect(pageHeading(page)).toHaveText('Vérifiez votre adresse électronique');
    await expect(page.getByRole('main')).toContainText(email);
    // The header knows someone is signed in: no "Se connecter", the way back to this page instead.
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Vérifier mon adresse' }).first()).toBeVisible();
    await expect(header.getByRole('link', { name: 'Se connecter' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/inscription/verification (connecté)');
    for (const path of ['/etablissement', '/etablissement/classes', '/etablissement/equipe', '/compte']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/inscription\/verification$/);
    }
    expect((await page.request.get('/compte/donnees')).status()).toBe(401);
    await page.getByRole('button', { name: 'Renvoyer le lien' }).click();
    await expect(page.getByText(`Un nouveau lien vient d’être envoyé à ${email}.`)).toBeVisible();

    // The newest link, opened while signed in: the collège is registered and its space opens.
    await verifyAddress(page, email);
    await expect(page).toHaveURL(/\/etablissement$/);
    await expect(pageHeading(page)).toHaveText('Bonjour Claire Martin');
    await expect(page.getByText(`Chef d’établissement · ${school.name}`)).toBeVisible();
    await expect(page.getByText(/Inscrit sur la plateforme le/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ouvrez vos classes de 3e' })).toBeVisible();
    await expectNoAxeViolations(page, '/etablissement (nouveau chef)');
  });

  test('refuse une autre adresse en indiquant l’adresse fonctionnelle ; sans accès, la demande va à l’équipe nationale', async ({
    page,
  }) => {
    test.slow();
    const email = `principal.${unique()}@ac-creteil.fr`;
    await page.goto(`/inscription/etablissement?ecole=${demoId(103)}`);
    await fillAccount(page, { firstName: 'Karim', lastName: 'Benali', email });
    await page.getByRole('button', { name: 'Inscrire mon collège' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Impossible d’enregistrer' })).toContainText(
      'Inscrivez-vous avec l’adresse fonctionnelle du collège, ce.0931223z@ac-creteil.fr',
    );
    await expect(page.getByLabel(/^Adresse électronique fonctionnelle du collège/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByLabel(/^Adresse électronique fonctionnelle du collège/)).toHaveValue(email);
    await expectNoAxeViolations(page, '/inscription/etablissement (autre adresse)');

    await page.getByLabel(/^Je n’ai pas accès à l’adresse fonctionnelle/).check({ force: true });
    await page
      .getByLabel(/^Votre message à l’équipe nationale/)
      .fill('Principal depuis la rentrée, je n’ai pas encore accès à la messagerie du collège.');
    await page.getByLabel(/^Mot de passe/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Inscrire mon collège' }).click();
    await expect(pageHeading(page)).toHaveText('Consultez votre messagerie');

    await verifyAddress(page, email);
    await expect(page.getByText('Votre compte est activé : connectez-vous pour commencer.')).toBeVisible();
    await signIn(page, email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/etablissement$/);
    await expect(
      page.getByRole('heading', { name: 'Votre demande est examinée par l’équipe nationale' }),
    ).toBeVisible();
    await expect(page.getByText(/Inscrit sur la plateforme le/)).toHaveCount(0);
    await expectNoAxeViolations(page, '/etablissement (demande examinée)');
  });

  test('est refusée pour un collège hors éducation prioritaire, avec la raison', async ({ page }) => {
    await page.goto('/inscription/etablissement?q=0931439J');
    const result = page.getByRole('listitem').filter({ hasText: 'Collège Marie Curie' });
    await expect(result).toContainText(NOT_PRIORITY);
    // Not selectable: shown without a link.
    await expect(page.getByRole('link', { name: 'Collège Marie Curie' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/inscription/etablissement (recherche)');

    // A hand-made link to step two shows the refusal and no form.
    await page.goto(`/inscription/etablissement?ecole=${demoId(107)}`);
    await expect(page.getByRole('heading', { name: 'Ce collège ne peut pas être inscrit' })).toBeVisible();
    await expect(page.getByText(NOT_PRIORITY)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inscrire mon collège' })).toHaveCount(0);
    await expectNoAxeViolations(page, '/inscription/etablissement (refus)');
  });

  test('signale un collège déjà inscrit et propose de rejoindre son équipe', async ({ page }) => {
    await page.goto(`/inscription/etablissement?ecole=${demoId(101)}`);
    await expect(page.getByText(/déjà inscrit par son chef d’établissement/)).toBeVisible();
    await page.getByRole('link', { name: 'Demander à rejoindre l’équipe' }).click();
    await expect(page).toHaveURL(/\/inscription\/personnel\?ecole=/);
    await expect(page.getByRole('button', { name: 'Créer mon compte et demander l’accès' })).toBeVisible();
  });
});
