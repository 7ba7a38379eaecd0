/** Shared password of every demo account (shown on the sign-in page in demo mode only). */
export const DEMO_PASSWORD = 'Demo-2026!';

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
  { email: 'admin@demo.test', label: 'Administrateur national' },
] as const;

/**
 * Demo data (and the demo accounts on the sign-in page) exist only on the embedded database or
 * when explicitly asked for: a production PostgreSQL never gets accounts with a public password.
 */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  return !env.DATABASE_URL || env.SEED_DEMO === '1';
}
