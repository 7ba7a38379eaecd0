import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { DEMO_PASSWORD, demoAccounts } from '@/lib/demo/accounts';

/**
 * Shown on the sign-in page only in demo mode (see isDemoMode): these accounts exist only in the
 * seeded demonstration database, never in production.
 */
export function DemoAccounts() {
  return (
    <section aria-labelledby="comptes-demo" className={fr.cx('fr-p-3w')} style={{ background: 'var(--background-alt-grey)' }}>
      <h2 id="comptes-demo" className={fr.cx('fr-h4')}>
        Comptes de démonstration
      </h2>
      <p>
        Ce site fonctionne en mode démonstration, avec des données fictives. Tous les comptes ci-dessous utilisent le
        mot de passe <code>{DEMO_PASSWORD}</code>.
      </p>
      <Table
        caption="Comptes de démonstration et profil de chacun"
        noCaption
        headers={['Adresse électronique', 'Profil']}
        data={demoAccounts.map((account) => [<code key="email">{account.email}</code>, account.label])}
      />
    </section>
  );
}
