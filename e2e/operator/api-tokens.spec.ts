import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoId } from '../../db/seed/demo-data';
import { demoUsers, signIn } from '../support/auth';
import { expectNoAxeViolations } from '../support/axe';
import { unique } from '../support/unique';

/*
 * The partner API's tokens, as the demo operator (operateur@demo.test) and as the admin: a token
 * is shown once, at its creation, and revoked after a « Je confirme » box. Each test names its
 * own tokens; the demo token (« Démonstration ») and the operator's full access end as they began.
 */

const main = (page: Page) => page.getByRole('main');
const tokenItem = (page: Page, name: string): Locator =>
  main(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });

/** Creates a token named `name` with the form on the page, and returns the clear token shown once. */
async function createToken(page: Page, name: string): Promise<string> {
  await main(page).getByLabel('Nom du jeton').fill(name);
  await main(page).getByRole('button', { name: 'Créer le jeton' }).click();
  await expect(main(page).getByText('Copiez-le maintenant : il ne sera plus affiché')).toBeVisible();
  const field = main(page).getByLabel('Votre nouveau jeton d’API');
  await expect(field).toHaveValue(/^mst_[A-Za-z0-9_-]{43}$/);
  await expect(main(page).getByLabel('Nom du jeton')).toHaveValue('');
  return field.inputValue();
}

async function revoke(page: Page, name: string) {
  const item = tokenItem(page, name);
  // The DSFR box is drawn by its label, which takes the click: check the input itself, as a user's click does.
  await item.getByRole('checkbox', { name: /Je confirme la révocation/ }).check({ force: true });
  await item.getByRole('button', { name: `Révoquer le jeton ${name}` }).click();
  await expect(main(page).getByText('Le jeton est révoqué : les appels qui l’utilisent sont refusés.')).toBeVisible();
  await expect(tokenItem(page, name)).toContainText('Révoqué le');
  await expect(tokenItem(page, name).getByRole('button', { name: /Révoquer/ })).toHaveCount(0);
}

test.describe('jetons d’API', () => {
  test(
    'l’opérateur crée un jeton, le voit une seule fois, puis le révoque après confirmation',
    { tag: '@mobile' },
    async ({ page }) => {
      const name = `Outil de test ${unique()}`;
      await signIn(page, demoUsers.operator.email);
      await main(page)
        .getByRole('link', { name: /Jetons d’API/ })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Jetons d’API' })).toBeVisible();
      await expect(tokenItem(page, 'Démonstration')).toContainText('Actif');
      await expectNoAxeViolations(page, 'jetons d’API');

      // A name is required: the browser refuses an empty one, the server a blank one.
      await main(page).getByLabel('Nom du jeton').fill('   ');
      await main(page).getByRole('button', { name: 'Créer le jeton' }).click();
      await expect(main(page).getByText('Donnez un nom au jeton.').first()).toBeVisible();

      const token = await createToken(page, name);
      await expect(tokenItem(page, name)).toContainText('Dernière utilisation : jamais');
      await expectNoAxeViolations(page, 'jetons d’API (nouveau jeton)');
      await page.reload();
      await expect(tokenItem(page, name)).toBeVisible();
      await expect(main(page).getByLabel('Votre nouveau jeton d’API')).toHaveCount(0);
      expect(await page.content()).not.toContain(token);

      // Without the confirmation, nothing is sent (the box is required, and checked by the server too).
      await tokenItem(page, name)
        .getByRole('button', { name: `Révoquer le jeton ${name}` })
        .click();
      await expect(tokenItem(page, name)).toContainText('Actif');
      await revoke(page, name);
      await expectNoAxeViolations(page, 'jetons d’API (révoqué)');
    },
  );

  test('l’administrateur gère les jetons et l’accès complet d’une association', async ({ page }) => {
    const name = `Jeton de l’équipe ${unique()}`;
    await signIn(page, demoUsers.admin.email);
    await page.goto(`/admin/operateurs/${demoId(321)}`);
    const api = main(page).getByRole('region', { name: 'API partenaire' });
    await expect(api).toContainText('Accès complet à l’API : accordé');
    await expect(tokenItem(page, 'Démonstration')).toContainText('Actif');

    await api.getByRole('button', { name: 'Retirer l’accès complet à l’API' }).click();
    await expect(main(page).getByText(/L’accès complet à l’API est retiré/)).toBeVisible();
    await expect(api).toContainText('Accès complet à l’API : non accordé');
    await api.getByRole('button', { name: 'Accorder l’accès complet à l’API' }).click();
    await expect(api).toContainText('Accès complet à l’API : accordé');

    await createToken(page, name);
    await expect(tokenItem(page, name)).toContainText('Actif');
    await expectNoAxeViolations(page, 'association (nouveau jeton)');
    await revoke(page, name);
  });

  test('une autre structure n’a pas de page de jetons', async ({ page }) => {
    await signIn(page, demoUsers.privateHost.email);
    expect((await page.goto('/entreprise/jetons-api'))?.status()).toBe(403);
  });
});
