import { expect, test } from '@playwright/test';
import { demoUsers, signIn } from './support/auth';

/*
 * Pages the same for every visitor are prerendered by `npm run build` and served as they are, not
 * rendered per request: the header's signed-in state and the demo banner come from GET /api/session
 * in the browser (components/layout/header-state.tsx).
 */
const prerenderedPages = [
  '/',
  '/charte-qualite',
  '/mentions-legales',
  '/donnees-personnelles',
  '/accessibilite',
  '/plan-du-site',
  '/contact',
  '/inscription',
];

test('les pages identiques pour tous sont servies prérendues, pas rendues à chaque requête', async ({ request }) => {
  for (const path of prerenderedPages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-nextjs-prerender'], path).toContain('1');
  }
  // A page that needs the user stays rendered per request.
  const signIn = await request.get('/connexion');
  expect(signIn.headers()['x-nextjs-prerender']).toBeUndefined();
});

test('le haut de page d’une page prérendue montre la session de chacun, et rien de plus', async ({ page }) => {
  const header = page.getByRole('banner');
  await page.goto('/');
  await expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  expect(await (await page.request.get('/api/session')).json()).toStrictEqual({
    role: null,
    unverified: false,
    demo: true,
  });

  await signIn(page, demoUsers.pupil.email);
  await page.goto('/');
  await expect(header.getByRole('link', { name: 'Mon espace élève' }).first()).toBeVisible();
  await expect(header.getByRole('link', { name: 'Mon compte' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Se connecter' })).toHaveCount(0);
  // Only what the header needs: no name, no address, no id.
  const answer = await page.request.get('/api/session');
  expect(answer.headers()['cache-control']).toContain('no-store');
  expect(await answer.json()).toStrictEqual({ role: 'pupil', unverified: false, demo: true });

  // Signing out on the home page leads back to it: the header is the visitor's at once, and stays so.
  await header.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Se déconnecter' })).toHaveCount(0);
  await page.reload();
  await expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  expect((await (await page.request.get('/api/session')).json()).role).toBeNull();
});
