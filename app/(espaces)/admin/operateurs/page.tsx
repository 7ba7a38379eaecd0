import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { AdminPage } from '@/components/admin/admin-page';
import { SingleFieldForm } from '@/components/admin/single-field-form';
import { createOperatorAction } from '@/lib/admin/operator-actions';
import { listOperators } from '@/lib/admin/operator-queries';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Associations partenaires – Administration' };

export default async function OperatorsPage() {
  const admin = await requireRole('admin');
  const operators = await listOperators(admin);

  return (
    <AdminPage
      title="Associations partenaires"
      lead="Les associations partenaires publient des offres pour le compte des structures qu’elles accompagnent. Leurs comptes sont créés ici, sur invitation."
    >
      {operators.length === 0 ? (
        <p>Aucune association partenaire pour l’instant : créez la première ci-dessous.</p>
      ) : (
        <Table
          caption="Associations partenaires"
          headers={['Association', 'Membres', 'Structures accompagnées']}
          data={operators.map((operator) => [
            <Link key="nom" href={`/admin/operateurs/${operator.id}`}>
              {operator.name}
            </Link>,
            String(operator.members),
            String(operator.hosts),
          ])}
        />
      )}
      <section aria-labelledby="nouvelle-association" className={fr.cx('fr-mt-6w')}>
        <h2 id="nouvelle-association" className={fr.cx('fr-h4')}>
          Créer une association partenaire
        </h2>
        <SingleFieldForm
          action={createOperatorAction}
          name="name"
          label="Nom de l’association"
          hint="Tel qu’il apparaîtra aux structures et dans les statistiques."
          submitLabel="Créer l’association"
        />
      </section>
    </AdminPage>
  );
}
