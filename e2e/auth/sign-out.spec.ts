import { expect, request as http, test, type APIResponse, type BrowserContext } from '@playwright/test';
import { demoUsers, signIn } from '../support/auth';

/*
 * Sign-out on a shared computer (a CDI, a family): the next person must never find the previous
 * account open. The race seen once: router prefetches sent with the signed-in cookie a moment
 * before "Se déconnecter" answered after it with a refreshed cookie and brought the session back.
 * Here the race is made on purpose: requests leave with the signed-in cookie while the user signs
 * out, then the old cookie and every cookie those late answers set are replayed. None may open the
 * space, whatever the timing.
 */

const SESSION_COOKIE = /authjs\.session-token$/;

/** The session cookies a response sets, as name=value pairs. */
function sessionCookiesSet(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value.split(';')[0]!)
    .filter((pair) => SESSION_COOKIE.test(pair.split('=')[0]!) && pair.split('=')[1] !== '');
}

test('une session déconnectée ne revient pas, même par des requêtes parties juste avant la déconnexion', async ({
  page,
  baseURL,
}) => {
  await signIn(page, demoUsers.head.email);
  const signedIn = (await page.context().cookies()).find((cookie) => SESSION_COOKIE.test(cookie.name))!;
  const oldCookie = `${signedIn.name}=${signedIn.value}`;

  // The space's links are prefetched while the pointer moves over them.
  await page.goto('/etablissement');
  for (const link of await page.getByRole('main').getByRole('link').all()) await link.hover();

  // Requests with the signed-in cookie, in flight while the user signs out.
  const stale = await http.newContext({ baseURL, extraHTTPHeaders: { cookie: oldCookie } });
  const inFlight = Promise.all(
    ['/etablissement/classes', '/etablissement/equipe', '/compte', '/etablissement'].map((path) =>
      stale.get(path, { maxRedirects: 0 }),
    ),
  );
  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/$/);
  const lateAnswers = await inFlight;
  await stale.dispose();

  // The old cookie, and any session cookie a late answer set, open nothing any more.
  for (const cookie of [oldCookie, ...lateAnswers.flatMap(sessionCookiesSet)]) {
    const replay = await http.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    const response = await replay.get('/etablissement', { maxRedirects: 0 });
    expect(response.status(), cookie.slice(0, 40)).toBe(307);
    expect(response.headers().location).toContain('/connexion');
    expect(sessionCookiesSet(response)).toEqual([]);
    await replay.dispose();
  }

  // In the browser: the space asks to sign in, and going back shows no signed-in page either.
  await page.goto('/etablissement');
  await expect(page).toHaveURL(/\/connexion/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: /Bonjour/ })).toHaveCount(0);
});

/** The session cookie of a browser, as a name=value pair to replay elsewhere. */
async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
  return `${cookie.name}=${cookie.value}`;
}

test('se déconnecter de tous les appareils ferme aussi la session ouverte sur un autre appareil', async ({
  browser,
  baseURL,
}) => {
  // An account no other spec signs in with: every one of its sessions ends here.
  const email = 'lina.traore@demo.test';
  const [phone, laptop] = [await browser.newContext(), await browser.newContext()];
  const [onPhone, onLaptop] = [await phone.newPage(), await laptop.newPage()];
  await signIn(onPhone, email);
  await signIn(onLaptop, email);
  const copied = await sessionCookie(phone);

  await onLaptop.goto('/compte');
  const button = onLaptop.getByRole('button', { name: 'Se déconnecter de tous les appareils' });
  await onLaptop.getByRole('checkbox', { name: /Je confirme : toutes mes sessions se ferment/ }).check({ force: true });
  await button.click();
  await expect(onLaptop).toHaveURL(/\/connexion\?fait=deconnecte-partout$/);
  await expect(onLaptop.getByText('Vous êtes déconnecté de tous les appareils')).toBeVisible();

  // The other device, and a copy of its cookie, open nothing any more.
  await onPhone.goto('/eleve');
  await expect(onPhone).toHaveURL(/\/connexion/);
  const replay = await http.newContext({ baseURL, extraHTTPHeaders: { cookie: copied } });
  const response = await replay.get('/eleve', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain('/connexion');
  await replay.dispose();
  await Promise.all([phone.close(), laptop.close()]);
});
