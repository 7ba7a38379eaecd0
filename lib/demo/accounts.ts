/** Shared password of every demo account (shown on the sign-in page in demo mode only). */
export const DEMO_PASSWORD = 'Demo-2026!';

/**
 * The demo operator's (Tous en stage, operateur@demo.test) partner API token, fixed so that scripts
 * (npm run check:contract, curl) can call /api/v1 on a demo server; the seed stores its hash only,
 * like any token. Public like DEMO_PASSWORD: a server outside demo mode refuses demo data.
 */
export const DEMO_API_TOKEN = 'mst_demo_tous-en-stage_2026';

/**
 * A second demo operator's token (Plateforme locale des stages, no account to sign in with): what
 * check:contract uses to publish an offer that is not the first operator's, and see it refused (403).
 */
export const DEMO_OTHER_API_TOKEN = 'mst_demo_plateforme-locale_2026';

export const demoAccounts = [
  { email: 'eleve@demo.test', label: 'Élève autorisée (collège Henri Barbusse, Saint-Denis)' },
  { email: 'eleve.attente@demo.test', label: 'Élève en attente de l’autorisation parentale' },
  { email: 'principal@demo.test', label: 'Cheffe d’établissement (collège Henri Barbusse)' },
  { email: 'professeur@demo.test', label: 'Professeur principal de 3e A' },
  { email: 'entreprise@demo.test', label: 'Structure d’accueil privée' },
  { email: 'administration@demo.test', label: 'Structure d’accueil publique (préfecture)' },
  { email: 'operateur@demo.test', label: 'Association partenaire (opérateur)' },
  { email: 'referent.93@demo.test', label: 'Référent départemental de la Seine-Saint-Denis' },
  { email: 'referent.idf@demo.test', label: 'Référente régionale d’Île-de-France' },
  { email: 'referent.interieur@demo.test', label: 'Référente du ministère de l’Intérieur' },
  { email: 'admin@demo.test', label: 'Administrateur national' },
] as const;

/** Every seeded demo account has an address in this reserved domain (RFC 2606: never a real mailbox). */
export const DEMO_EMAIL_DOMAIN = 'demo.test';

/**
 * Demo mode, the one setting DEMO=1 (`npm run demo`): the demo campaign is seeded on an empty
 * database, the sign-in page lists its accounts, every page carries the « Démonstration » banner
 * and, on the embedded database without SMTP_URL, /courriels shows the outbox. Never inferred from
 * anything else: without it a server has no demo data and refuses a database that holds some
 * (lib/demo/queries.ts), so accounts with a public password never reach a real deployment.
 */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  return env.DEMO === '1';
}
