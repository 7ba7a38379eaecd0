'use client';

import Link from 'next/link';
import { useId } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import styles from './data-table.module.css';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameters must match TanStack's declaration to merge with it.
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The server's sort key for this column (`?sort=`); without it the column does not sort. */
    sortKey?: string;
    /** First click sorts descending: counts and dates, where people look for "most" or "latest" first. */
    descFirst?: boolean;
    /** The column's name before each value in the phone layout, when the header is not plain text. */
    label?: string;
    /** DSFR cell classes for the column (fr-col--md, fr-cell--right...). */
    className?: string;
  }
}

export type SortDirection = 'asc' | 'desc';

export interface DataTableProps<TData> {
  // TanStack's own idiom: columns of different value types in one list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<TData, any>[];
  data: TData[];
  caption: string;
  /** The current `?sort=` and `?dir=`, as the server applied them. */
  sort: string;
  dir: SortDirection;
  /** The link that shows the list sorted this way (the caller keeps its filters and resets the page). */
  buildHref: (params: { sort: string; dir: SortDirection }) => string;
  getRowId?: (row: TData) => string;
  /** Phone cards with each short value on its column name's line ("Élèves : 12"): for long lists of figures. */
  compact?: boolean;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ORDER = { asc: 'ordre croissant', desc: 'ordre décroissant' } as const;
// Written out whole so that the DSFR icon build (react-dsfr update-icons) finds them.
const SORT_ICON = {
  asc: 'fr-icon-arrow-up-line',
  desc: 'fr-icon-arrow-down-line',
  none: 'fr-icon-arrow-up-down-line',
} as const;

/**
 * A DSFR table for lists sorted, filtered and paged by the server: TanStack Table only lays the
 * columns out (manual sorting, filtering and pagination), and each sortable header is a plain link
 * to the same page with `?sort=&dir=`, so sorting works before hydration, is bookmarkable, and the
 * header carries `aria-sort`. The first column heads its row. On wide screens the table scrolls
 * sideways inside a focusable region; under 576px every row becomes a card (see the CSS module).
 * Columns with functions are defined in a client component of the domain, which renders this one.
 */
export function DataTable<TData>({
  columns,
  data,
  caption,
  sort,
  dir,
  buildHref,
  getRowId,
  compact = false,
}: DataTableProps<TData>) {
  const captionId = useId();
  // eslint-disable-next-line react-hooks/incompatible-library -- the table is rebuilt from props on each render; nothing is memoised across renders.
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
  });

  return (
    <div className={`${fr.cx('fr-table')} ${styles.stacked} ${compact ? styles.compact : ''}`}>
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')} tabIndex={0} role="region" aria-labelledby={captionId}>
          <div className={fr.cx('fr-table__content')}>
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => {
                      const { sortKey, descFirst, className } = header.column.columnDef.meta ?? {};
                      const label = flexRender(header.column.columnDef.header, header.getContext());
                      if (!sortKey)
                        return (
                          <th key={header.id} scope="col" className={className}>
                            {label}
                          </th>
                        );
                      const current = sortKey === sort ? dir : null;
                      const next: SortDirection = current
                        ? current === 'asc'
                          ? 'desc'
                          : 'asc'
                        : descFirst
                          ? 'desc'
                          : 'asc';
                      return (
                        <th
                          key={header.id}
                          scope="col"
                          className={className}
                          aria-sort={current ? ARIA_SORT[current] : undefined}
                          data-sortable=""
                        >
                          <Link
                            href={buildHref({ sort: sortKey, dir: next })}
                            scroll={false}
                            className={fr.cx(
                              'fr-link',
                              'fr-link--sm',
                              'fr-link--icon-right',
                              SORT_ICON[current ?? 'none'],
                            )}
                          >
                            {label}
                            <span className={fr.cx('fr-sr-only')}> : trier par {ORDER[next]}</span>
                          </Link>
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id}>
                    {row.getVisibleCells().map((cell, index) => {
                      const { className, label } = cell.column.columnDef.meta ?? {};
                      const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                      const header = cell.column.columnDef.header;
                      return index === 0 ? (
                        <th key={cell.id} scope="row" className={className}>
                          {content}
                        </th>
                      ) : (
                        <td
                          key={cell.id}
                          className={className}
                          data-label={label ?? (typeof header === 'string' ? header : undefined)}
                        >
                          {content}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
