import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { SearchForm } from '@/components/forms/search-form';
import { AdminPage } from '@/components/admin/admin-page';
import { ACCOUNT_STATUS_LABELS, USER_ROLE_LABELS } from '@/lib/users/labels';
import { ListPagination } from '@/components/data-table/list-pagination';
import { searchUsers } from '@/lib/admin/queries';
import { parseListParams } from '@/lib/admin/schemas';
import { requireRole } from '@/lib/auth/session';
import { formatDate } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Comptes – Administration' };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireRole('admin');
  const { q, page } = parseListParams(await searchParams);
  const { rows, total } = await searchUsers(admin, { q, page });

  return (
    <AdminPage
      title="Comptes"
      lead="Recherchez un compte par adresse électronique ou par nom pour le consulter, le désactiver ou le rétablir."
    >
      <SearchForm
        action="/admin/utilisateurs"
        label="Adresse électronique, nom ou prénom"
        query={q}
        minLength={0}
        required={false}
      />
      {rows.length === 0 ? (
        <p>{q ? `Aucun compte ne correspond à « ${q} ».` : 'Aucun compte.'}</p>
      ) : (
        <Table
          caption={
            q ? `${total} compte${total > 1 ? 's' : ''} pour « ${q} »` : `${total} comptes, les plus récents d’abord`
          }
          headers={['Nom', 'Adresse électronique', 'Type de compte', 'État', 'Dernière connexion']}
          data={rows.map((row) => [
            <Link key="nom" href={`/admin/utilisateurs/${row.id}`}>
              {row.firstName} {row.lastName}
            </Link>,
            row.email,
            USER_ROLE_LABELS[row.role],
            ACCOUNT_STATUS_LABELS[row.status],
            formatDate(row.lastSignInAt, 'short'),
          ])}
        />
      )}
      <ListPagination path="/admin/utilisateurs" params={{ q }} page={page} total={total} list="adminUsers" />
    </AdminPage>
  );
}
