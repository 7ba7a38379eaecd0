'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ColumnDef } from '@tanstack/react-table';
import { FilterSelect, ListFilterForm } from '@/components/data-table/list-filter-form';
import { ListPagination } from '@/components/data-table/list-pagination';
import { DataTable } from '@/components/data-table/data-table';
import { formatDate, formatWeek } from '@/lib/calendar/format';
import {
  DEFAULT_DASHBOARD_PARAMS,
  OFFER_STATUSES,
  TITLE_SEARCH_MAX,
  dashboardHref,
  dashboardQuery,
  isFiltered,
  type DashboardParams,
  type DashboardRow,
} from '@/lib/offers/dashboard-schemas';
import { OFFER_STATUS_LABELS, OFFER_STATUS_SEVERITY } from '@/lib/offers/labels';
import { plural } from '@/lib/text/words';

const OFFERS_DASHBOARD_PATH = '/entreprise/offres';

function offerColumns(showOrganisation: boolean): ColumnDef<DashboardRow, unknown>[] {
  const columns: (ColumnDef<DashboardRow, unknown> | false)[] = [
    {
      id: 'title',
      header: 'Offre',
      meta: { sortKey: 'title', className: 'fr-col--md' },
      cell: ({ row: { original: offer } }) => (
        <>
          <Link href={`${OFFERS_DASHBOARD_PATH}/${offer.id}`}>{offer.title}</Link>
          {offer.isReserved && (
            <span className={fr.cx('fr-text--xs', 'fr-text--regular')}> · réservée à des collèges</span>
          )}
          {offer.moderationReason && (
            <span className={fr.cx('fr-mt-1v')} style={{ display: 'block', fontWeight: 'normal' }}>
              <Badge as="span" severity="error" small>
                Dépubliée par l’équipe nationale
              </Badge>{' '}
              <span className={fr.cx('fr-text--xs')}>Motif : {offer.moderationReason}</span>
            </span>
          )}
          {offer.outOfSearch && (
            <span className={fr.cx('fr-mt-1v')} style={{ display: 'block', fontWeight: 'normal' }}>
              <Badge as="span" severity="warning" small>
                Hors des résultats
              </Badge>{' '}
              <span className={fr.cx('fr-text--xs')}>{offer.outOfSearch}</span>
            </span>
          )}
        </>
      ),
    },
    showOrganisation && {
      id: 'organisation',
      header: 'Structure d’accueil',
      meta: { className: 'fr-col--sm' },
      cell: ({ row }) => row.original.organisationName,
    },
    {
      id: 'status',
      header: 'Statut',
      meta: { sortKey: 'status' },
      cell: ({ row: { original: offer } }) => (
        <Badge as="span" severity={OFFER_STATUS_SEVERITY[offer.status]} noIcon small>
          {OFFER_STATUS_LABELS[offer.status]}
        </Badge>
      ),
    },
    {
      id: 'nextWeek',
      header: 'Prochaine semaine',
      meta: { sortKey: 'nextWeek', className: 'fr-col--sm' },
      cell: ({ row: { original: offer } }) =>
        offer.nextWeek ? (
          <>
            {formatWeek(offer.nextWeek)}
            <br />
            <span className={fr.cx('fr-text--xs')}>{plural(offer.weeks, 'semaine')} à venir</span>
          </>
        ) : (
          'Aucune semaine à venir'
        ),
    },
    {
      id: 'seats',
      header: 'Places prises',
      meta: { sortKey: 'seats', descFirst: true },
      cell: ({ row: { original: offer } }) => (
        <>
          {offer.seatsHeld} / {plural(offer.seatsPerYear, 'place')}
          <br />
          <span className={fr.cx('fr-text--xs')}>
            {offer.seatsPerWeek > 1 ? `${offer.seatsPerWeek} élèves par semaine` : 'stage individuel'}
          </span>
        </>
      ),
    },
    {
      id: 'toAnswer',
      header: 'Candidatures à traiter',
      meta: { sortKey: 'toAnswer', descFirst: true, className: 'fr-col--xs' },
      cell: ({ row }) => row.original.toAnswer,
    },
    {
      id: 'updatedAt',
      header: 'Modifiée le',
      meta: { sortKey: 'updatedAt', descFirst: true },
      cell: ({ row }) => formatDate(row.original.updatedAt, 'short'),
    },
  ];
  return columns.filter((column) => column !== false);
}

/** The organisation's offers, sorted and paged by the server; every header and page is a link that keeps the filters. */
export function OffersTable({
  rows,
  params,
  total,
  page,
  pageCount,
  showOrganisation,
}: {
  rows: DashboardRow[];
  params: DashboardParams;
  total: number;
  page: number;
  pageCount: number;
  showOrganisation: boolean;
}) {
  const columns = useMemo(() => offerColumns(showOrganisation), [showOrganisation]);
  return (
    <>
      <DataTable
        columns={columns}
        data={rows}
        caption={`${plural(total, 'offre')}${pageCount > 1 ? ` – page ${page} sur ${pageCount}` : ''}`}
        sort={params.sort}
        dir={params.dir}
        buildHref={(change) => dashboardHref(OFFERS_DASHBOARD_PATH, params, change as Partial<DashboardParams>)}
        getRowId={(offer) => offer.id}
      />
      <ListPagination
        path={OFFERS_DASHBOARD_PATH}
        params={dashboardQuery({ ...params, page: DEFAULT_DASHBOARD_PARAMS.page })}
        page={page}
        total={total}
        list="offerDashboard"
      />
    </>
  );
}

/** Status and title filters in a plain GET form: works before hydration and gives a shareable URL; the sort is kept. */
export function OffersFilterForm({ params }: { params: DashboardParams }) {
  const { sort, dir } = dashboardQuery(params);
  return (
    <ListFilterForm
      action={OFFERS_DASHBOARD_PATH}
      label="Filtrer vos offres"
      sort={sort}
      dir={dir}
      clearHref={isFiltered(params) ? dashboardHref(OFFERS_DASHBOARD_PATH, params, { status: '', q: '' }) : null}
    >
      <FilterSelect
        label="Statut"
        name="status"
        value={params.status}
        all="Toutes, sauf les archivées"
        options={OFFER_STATUSES.map((status) => ({ value: status, label: OFFER_STATUS_LABELS[status] }))}
      />
      <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
        <Input
          label="Titre de l’offre"
          hintText="Un mot du titre"
          nativeInputProps={{
            name: 'q',
            type: 'search',
            defaultValue: params.q,
            maxLength: TITLE_SEARCH_MAX,
            autoComplete: 'off',
          }}
        />
      </div>
    </ListFilterForm>
  );
}
