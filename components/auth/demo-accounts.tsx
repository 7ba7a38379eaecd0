import { fr } from '@codegouvfr/react-dsfr';
import { DEMO_PASSWORD, demoAccounts } from '@/lib/demo/accounts';

/**
 * Shown on the sign-in page only in demo mode (DEMO=1, see isDemoMode): these accounts exist only
 * in the seeded demonstration database, and a server outside demo mode refuses a database that has them.
 */
export function DemoAccounts() {
  return (
    <section
      aria-labelledby="comptes-demo"
      className={fr.cx('fr-p-3w')}
      style={{ background: 'var(--background-alt-grey)' }}
    >
      <h2 id="comptes-demo" className={fr.cx('fr-h4')}>
        Comptes de démonstration
      </h2>
      <p>
        Ce site fonctionne en mode démonstration, avec des données fictives. Tous les comptes ci-dessous utilisent le
        mot de passe <code>{DEMO_PASSWORD}</code>.
      </p>
      {/* A list rather than a two-column table: on a phone the table scrolled sideways and cut the profiles. */}
      <ul className={fr.cx('fr-raw-list')}>
        {demoAccounts.map((account) => (
          <li key={account.email} className={fr.cx('fr-mb-2w')}>
            <code>{account.email}</code>
            <br />
            <span className={fr.cx('fr-text--sm')}>{account.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
