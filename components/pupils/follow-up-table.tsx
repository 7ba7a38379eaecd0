'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect, ListFilterForm } from '@/components/data-table/list-filter-form';
import { ListPagination } from '@/components/data-table/list-pagination';
import { ConsentBadge } from './consent-badge';
import { formatWeek } from '@/lib/calendar/format';
import {
  ALERT_LABEL,
  BEST_STATE_LABELS,
  BEST_STATE_SEVERITY,
  BEST_STATES,
  FOLLOW_UP_PATH,
  followUpHref,
  followUpQuery,
  isFollowUpFiltered,
  type FollowUpParams,
  type FollowUpRow,
} from '@/lib/pupils/follow-up-schemas';
import { plural } from '@/lib/text/words';

function followUpColumns(showClass: boolean): ColumnDef<FollowUpRow, unknown>[] {
  const columns: (ColumnDef<FollowUpRow, unknown> | false)[] = [
    {
      id: 'pupil',
      header: 'Élève',
      meta: { sortKey: 'pupil', className: 'fr-col--md' },
      cell: ({ row: { original: pupil } }) => (
        <>
          <Link href={`${FOLLOW_UP_PATH}/${pupil.id}`}>
            {pupil.lastName} {pupil.firstName}
          </Link>
          {pupil.alert && (
            <span className={fr.cx('fr-mt-1v')} style={{ display: 'block', fontWeight: 'normal' }}>
              <Badge as="span" severity="warning" small>
                {ALERT_LABEL}
              </Badge>
            </span>
          )}
        </>
      ),
    },
    showClass && {
      id: 'class',
      header: 'Classe',
      meta: { sortKey: 'class' },
      cell: ({ row }) => row.original.className,
    },
    {
      id: 'consent',
      header: 'Autorisation parentale',
      meta: { sortKey: 'consent' },
      cell: ({ row }) => <ConsentBadge consentAt={row.original.consentAt} style="short" />,
    },
    {
      id: 'applications',
      header: 'Candidatures envoyées',
      meta: { sortKey: 'applications', descFirst: true, className: 'fr-col--xs' },
      cell: ({ row }) => row.original.applications,
    },
    {
      id: 'state',
      header: 'État',
      meta: { sortKey: 'state' },
      cell: ({ row: { original: pupil } }) => (
        <Badge as="span" severity={BEST_STATE_SEVERITY[pupil.state]} noIcon small>
          {BEST_STATE_LABELS[pupil.state]}
        </Badge>
      ),
    },
    {
      id: 'week',
      header: 'Semaine',
      meta: { sortKey: 'week', className: 'fr-col--sm' },
      cell: ({ row }) => (row.original.week ? formatWeek(row.original.week) : '—'),
    },
    {
      id: 'host',
      header: 'Structure d’accueil',
      meta: { sortKey: 'host', className: 'fr-col--sm' },
      cell: ({ row }) => row.original.host ?? '—',
    },
  ];
  return columns.filter((column) => column !== false);
}

interface ListProps {
  /** The page the links lead to: /etablissement/eleves, or the class's page (its class is then implied). */
  path: string;
  params: FollowUpParams;
}

/** The pupils, sorted, filtered and paged by the server; every header and page is a link that keeps the filters. */
export function FollowUpTable({
  path,
  params,
  rows,
  total,
  page,
  pageCount,
  showClass,
}: ListProps & { rows: FollowUpRow[]; total: number; page: number; pageCount: number; showClass: boolean }) {
  const columns = useMemo(() => followUpColumns(showClass), [showClass]);
  return (
    <>
      <DataTable
        columns={columns}
        data={rows}
        caption={`${plural(total, 'élève')}${pageCount > 1 ? ` – page ${page} sur ${pageCount}` : ''}`}
        sort={params.sort}
        dir={params.dir}
        buildHref={(change) => followUpHref(path, params, change as Partial<FollowUpParams>)}
        getRowId={(pupil) => pupil.id}
      />
      <ListPagination
        path={path}
        params={followUpQuery({ ...params, page: 1 })}
        page={page}
        total={total}
        list="pupilFollowUp"
      />
    </>
  );
}

/** Class and state filters in a plain GET form: works before hydration and gives a shareable URL; the sort is kept. */
export function FollowUpFilterForm({
  path,
  params,
  classes,
}: ListProps & {
  /** The classes to choose from; none on a class's page. */
  classes: { id: string; name: string }[];
}) {
  const { sort, dir } = followUpQuery(params);
  return (
    <ListFilterForm
      action={path}
      label="Filtrer les élèves"
      sort={sort}
      dir={dir}
      clearHref={isFollowUpFiltered(params) ? followUpHref(path, params, { classId: '', state: '' }) : null}
    >
      {classes.length > 0 && (
        <FilterSelect
          label="Classe"
          name="classe"
          value={params.classId}
          all="Toutes les classes"
          options={classes.map((schoolClass) => ({ value: schoolClass.id, label: schoolClass.name }))}
        />
      )}
      <FilterSelect
        label="État"
        name="etat"
        value={params.state}
        all="Tous les états"
        options={BEST_STATES.map((state) => ({ value: state, label: BEST_STATE_LABELS[state] }))}
        width="fr-col-md-5"
      />
    </ListFilterForm>
  );
}
