'use client';

import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect, ListFilterForm } from '@/components/data-table/list-filter-form';
import { ListPagination } from '@/components/data-table/list-pagination';
import {
  INBOX_PATH,
  INBOX_STATUS_FILTERS,
  inboxHref,
  inboxQuery,
  type InboxParams,
  type InboxRow,
} from '@/lib/applications/inbox-schemas';
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_SEVERITY } from '@/lib/applications/labels';
import { formatDate, formatWeek } from '@/lib/calendar/format';
import type { IsoDate } from '@/lib/calendar/weeks';
import { plural } from '@/lib/text/words';

const STATUS_FILTER_LABELS: Record<(typeof INBOX_STATUS_FILTERS)[number], string> = {
  '': 'À traiter (nouvelles, lues, acceptées)',
  all: 'Toutes',
  submitted: APPLICATION_STATUS_LABELS.submitted,
  read: APPLICATION_STATUS_LABELS.read,
  accepted: APPLICATION_STATUS_LABELS.accepted,
  confirmed: APPLICATION_STATUS_LABELS.confirmed,
  rejected: APPLICATION_STATUS_LABELS.rejected,
};

const COLUMNS: ColumnDef<InboxRow, unknown>[] = [
  {
    id: 'pupil',
    header: 'Élève',
    cell: ({ row: { original: application } }) => {
      const unread = application.status === 'submitted';
      return (
        <>
          {/* Not prefetched: opening an application marks it read. */}
          <Link
            href={`${INBOX_PATH}/${application.id}`}
            prefetch={false}
            style={unread ? { fontWeight: 700 } : undefined}
          >
            {application.pupilName}
            <span className={fr.cx('fr-sr-only')}> — {application.offerTitle}</span>
          </Link>
          {unread && (
            <>
              {' '}
              <Badge as="span" severity="new" small>
                Non lue
              </Badge>
            </>
          )}
        </>
      );
    },
  },
  {
    id: 'offer',
    header: 'Offre',
    meta: { sortKey: 'offer', className: 'fr-col--md' },
    cell: ({ row }) => row.original.offerTitle,
  },
  {
    id: 'week',
    header: 'Semaine',
    meta: { sortKey: 'week' },
    cell: ({ row }) => formatWeek(row.original.week),
  },
  {
    id: 'status',
    header: 'État',
    meta: { sortKey: 'status' },
    cell: ({ row: { original: application } }) => (
      <Badge as="span" severity={APPLICATION_STATUS_SEVERITY[application.status]} noIcon small>
        {APPLICATION_STATUS_LABELS[application.status]}
      </Badge>
    ),
  },
  {
    id: 'receivedAt',
    header: 'Reçue le',
    meta: { sortKey: 'receivedAt', descFirst: true },
    cell: ({ row }) => formatDate(row.original.receivedAt, 'short'),
  },
];

/** The applications to the host's offers, sorted, filtered and paged by the server. */
export function InboxTable({
  rows,
  params,
  total,
  pageCount,
}: {
  rows: InboxRow[];
  params: InboxParams;
  total: number;
  pageCount: number;
}) {
  return (
    <>
      <DataTable
        columns={COLUMNS}
        data={rows}
        caption={`${plural(total, 'candidature')}${pageCount > 1 ? ` – page ${params.page} sur ${pageCount}` : ''}`}
        sort={params.sort}
        dir={params.dir}
        buildHref={(change) => inboxHref({ ...params, ...change, page: 1 } as InboxParams)}
        getRowId={(application) => application.id}
      />
      <ListPagination
        path={INBOX_PATH}
        params={inboxQuery({ ...params, page: 1 })}
        page={params.page}
        total={total}
        list="applicationInbox"
      />
    </>
  );
}

/** State and week filters in a plain GET form: works before hydration, gives a shareable URL, keeps the sort. */
export function InboxFilterForm({ params, weeks }: { params: InboxParams; weeks: IsoDate[] }) {
  const { sort, dir } = inboxQuery(params);
  return (
    <ListFilterForm action={INBOX_PATH} label="Filtrer les candidatures" sort={sort} dir={dir}>
      <FilterSelect
        label="État"
        name="statut"
        value={params.status}
        options={INBOX_STATUS_FILTERS.map((status) => ({ value: status, label: STATUS_FILTER_LABELS[status] }))}
        width="fr-col-md-5"
      />
      <FilterSelect
        label="Semaine"
        name="semaine"
        value={params.week}
        all="Toutes les semaines"
        options={weeks.map((week) => ({ value: week, label: formatWeek(week) }))}
      />
    </ListFilterForm>
  );
}
