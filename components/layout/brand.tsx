/** Shared by the header and the footer, which must show the same Marianne block and home link. */
export const serviceName = 'Mon stage de troisième';
export const serviceTagline = 'Des stages de qualité pour les élèves de 3e des collèges REP+ et REP';

export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export const homeLinkProps = { href: '/', title: `Accueil - ${serviceName}` } as const;

/**
 * Team mailbox shown on the contact, legal and accessibility pages. Set CONTACT_EMAIL when building
 * (next.config.mjs inlines it: these pages are prerendered); the default is the service's own
 * domain (www.monstagedetroisieme.fr).
 */
export function contactEmail(): string {
  return process.env.CONTACT_EMAIL || 'contact@monstagedetroisieme.fr';
}
