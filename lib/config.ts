/**
 * The public address of the service, for links in e-mails. Set APP_URL in production
 * (https://www.monstagedetroisieme.fr); locally it follows PORT.
 */
export function appUrl(path = '/'): string {
  const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`;
  return new URL(path, base).toString();
}
