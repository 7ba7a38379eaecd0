import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ActionForm } from '@/components/forms/action-form';
import { AdminPage } from '@/components/admin/admin-page';
import { DoneNotice } from '@/components/forms/done-notice';
import { ListPagination } from '@/components/data-table/list-pagination';
import { parseListParams } from '@/lib/admin/schemas';
import { requireRole } from '@/lib/auth/session';
import { validateRepresentativeAction } from '@/lib/representatives/actions';
import { listRepresentatives } from '@/lib/representatives/queries';
import { SCOPE_LEVEL_LABELS } from '@/lib/representatives/labels';
import { formatDate } from '@/lib/calendar/format';

export const metadata: Metadata = { title: 'Référents de l’État – Administration' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RepresentativesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole('admin');
  const params = await searchParams;
  const { page } = parseListParams(params);
  const validated = params.statut === 'valides';
  const { rows, total } = await listRepresentatives(user, { validated, page });

  return (
    <AdminPage
      title="Référents de l’État"
      lead="Les préfectures, les rectorats et les ministères désignent leur référent « stage de troisième » ; vérifiez chaque demande avant de l’ouvrir."
    >
      <DoneNotice
        searchParams={params}
        messages={{
          valide:
            'Le référent est validé : il voit désormais les indicateurs de son périmètre et en a été informé par courriel.',
          refuse: 'La demande est refusée et le compte désactivé.',
        }}
      />
      <nav aria-label="Demandes" className={fr.cx('fr-mb-3w')}>
        <ul className={fr.cx('fr-tags-group')}>
          <li>
            <Link className={fr.cx('fr-tag')} href="/admin/referents" aria-current={validated ? undefined : 'page'}>
              En attente de validation
            </Link>
          </li>
          <li>
            <Link
              className={fr.cx('fr-tag')}
              href="/admin/referents?statut=valides"
              aria-current={validated ? 'page' : undefined}
            >
              Validés
            </Link>
          </li>
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{validated ? 'Aucun référent validé pour l’instant.' : 'Aucune demande en attente : tout est traité.'}</p>
      ) : (
        <Table
          caption={
            validated ? `Référents validés (${total})` : `Demandes en attente (${total}), les plus anciennes d’abord`
          }
          headers={[
            'Nom',
            'Adresse électronique',
            'Niveau',
            'Périmètre',
            validated ? 'Validé le' : 'Demande du',
            'Actions',
          ]}
          data={rows.map((row) => [
            `${row.firstName} ${row.lastName}`,
            row.email,
            SCOPE_LEVEL_LABELS[row.level],
            row.scope,
            formatDate(validated ? row.validatedAt : row.createdAt, 'short'),
            validated ? (
              <Link key="voir" href={`/admin/utilisateurs/${row.userId}`}>
                Gérer le compte
                <span className={fr.cx('fr-sr-only')}>
                  {' '}
                  de {row.firstName} {row.lastName}
                </span>
              </Link>
            ) : (
              <div key="actions">
                <ActionForm
                  action={validateRepresentativeAction}
                  hidden={{ userId: row.userId }}
                  submitLabel={
                    <>
                      Valider
                      <span className={fr.cx('fr-sr-only')}>
                        {' '}
                        {row.firstName} {row.lastName}
                      </span>
                    </>
                  }
                />
                <p className={fr.cx('fr-mt-1w', 'fr-mb-0', 'fr-text--sm')}>
                  <Link href={`/admin/referents/${row.userId}`}>
                    Refuser
                    <span className={fr.cx('fr-sr-only')}>
                      {' '}
                      la demande de {row.firstName} {row.lastName}
                    </span>
                  </Link>
                </p>
              </div>
            ),
          ])}
        />
      )}
      <ListPagination
        path="/admin/referents"
        params={{ statut: validated ? 'valides' : '' }}
        page={page}
        total={total}
        list="adminRepresentatives"
      />
    </AdminPage>
  );
}
