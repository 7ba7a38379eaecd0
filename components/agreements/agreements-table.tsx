'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable } from '@/components/data-table/data-table';
import type { AgreementListRow } from '@/lib/agreements/list-queries';
import { formatWeek } from '@/lib/calendar/format';
import { plural } from '@/lib/text/words';
import { AgreementStateBadge } from './agreement-state-badge';

/*
 * One row per convention, in the order of the server (by week, then pupil): a DataTable without
 * sortable columns, so that on a phone every row becomes a card rather than a table to scroll.
 */

function columns(path: string, side: 'school' | 'host'): ColumnDef<AgreementListRow, unknown>[] {
  const all: (ColumnDef<AgreementListRow, unknown> | false)[] = [
    {
      id: 'pupil',
      header: 'Élève',
      cell: ({ row }) => <Link href={`${path}/${row.original.id}`}>{row.original.pupilName}</Link>,
    },
    side === 'school' && { id: 'class', header: 'Classe', cell: ({ row }) => row.original.className },
    side === 'school'
      ? { id: 'host', header: 'Structure d’accueil', cell: ({ row }) => row.original.hostName }
      : { id: 'offer', header: 'Offre', cell: ({ row }) => row.original.offerTitle },
    { id: 'week', header: 'Semaine', cell: ({ row }) => formatWeek(row.original.week) },
    {
      id: 'state',
      header: 'État',
      cell: ({ row: { original: row } }) => (
        <>
          <AgreementStateBadge state={row.state} small />
          {(row.state === 'signing' || row.state === 'ready_to_sign') && (
            <span className={fr.cx('fr-text--sm', 'fr-mt-1v')} style={{ display: 'block' }}>
              {plural(row.missingSigners, 'signature manquante')}
            </span>
          )}
        </>
      ),
    },
  ];
  return all.filter((column) => column !== false);
}

export function AgreementsTable({
  path,
  rows,
  side,
}: {
  path: string;
  rows: AgreementListRow[];
  /** The school sees the class and the host, the host the offer. */
  side: 'school' | 'host';
}) {
  const cols = useMemo(() => columns(path, side), [path, side]);
  return (
    <DataTable
      columns={cols}
      data={rows}
      caption={plural(rows.length, 'convention')}
      sort=""
      dir="asc"
      buildHref={() => path}
      getRowId={(row) => row.id}
    />
  );
}
