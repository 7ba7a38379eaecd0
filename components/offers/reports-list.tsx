import Link from 'next/link';
import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ListPagination } from '@/components/data-table/list-pagination';
import { formatDate } from '@/lib/calendar/format';
import { OFFER_STATUS_LABELS } from '@/lib/offers/labels';
import type { ReportRow } from '@/lib/offers/report-queries';
import { USER_ROLE_LABELS } from '@/lib/users/labels';

/**
 * The reports of offers, newest first, in two tabs (to handle, handled) and pages: the admin's
 * list with its actions, and the representatives' list of their territory, read only.
 */
export function ReportsList({
  path,
  rows,
  total,
  page,
  handled,
  actions,
}: {
  path: string;
  rows: ReportRow[];
  total: number;
  page: number;
  handled: boolean;
  /** The admin's actions on a report to handle; without them the list is read only. */
  actions?: (row: ReportRow) => ReactNode;
}) {
  const tab = (label: string, current: boolean, href: string) => (
    <li>
      <Link className={fr.cx('fr-tag')} href={href} aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
  const last = handled ? 'Traité le' : actions ? 'Actions' : null;
  return (
    <>
      <nav aria-label="Signalements" className={fr.cx('fr-mb-3w')}>
        <ul className={fr.cx('fr-tags-group')}>
          {tab('À traiter', !handled, path)}
          {tab('Traités', handled, `${path}?statut=traites`)}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{handled ? 'Aucun signalement traité pour l’instant.' : 'Aucun signalement à traiter.'}</p>
      ) : (
        <Table
          caption={`${handled ? 'Signalements traités' : 'Signalements à traiter'} (${total}), les plus récents d’abord`}
          headers={['Signalé le', 'Offre', 'Motif', 'Signalé par', 'Statut de l’offre', ...(last ? [last] : [])]}
          data={rows.map((row) => [
            formatDate(row.createdAt, 'short'),
            <OfferCell
              key="offre"
              row={row}
              linked={!!actions || (row.offer.status === 'published' && !row.offer.isReserved)}
            />,
            <span key="motif" style={{ whiteSpace: 'pre-line' }}>
              {row.reason}
            </span>,
            row.reporterRole ? USER_ROLE_LABELS[row.reporterRole] : 'Compte supprimé',
            row.offer.moderated ? 'Dépubliée par l’équipe nationale' : OFFER_STATUS_LABELS[row.offer.status],
            ...(handled ? [formatDate(row.handledAt, 'short')] : actions ? [actions(row)] : []),
          ])}
        />
      )}
      <ListPagination
        path={path}
        params={{ statut: handled ? 'traites' : '' }}
        page={page}
        total={total}
        list="offerReports"
      />
    </>
  );
}

function OfferCell({ row, linked }: { row: ReportRow; linked: boolean }) {
  const { offer } = row;
  return (
    <>
      {linked ? <Link href={`/offres/${offer.id}`}>{offer.title}</Link> : offer.title}
      <br />
      <span className={fr.cx('fr-text--xs')}>
        {offer.organisationName}
        {offer.commune && `, ${offer.commune}`}
      </span>
    </>
  );
}
