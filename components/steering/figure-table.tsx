import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import type { Cell, SteeringTable } from '@/lib/steering/table-cells';

/*
 * A dashboard table (lib/steering/tables.ts) as a DSFR table: caption, column headers, each row
 * headed by its first cell (a link to that area's dashboard when the actor may drill down), the
 * totals last. It scrolls sideways inside its focusable wrapper on a phone, like the app's tables.
 * The accessible equivalent of the chart above it; a download link gives it as CSV.
 */

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const SIGNED = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

function format(value: Cell, signed: boolean): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return (signed ? SIGNED : NUMBER).format(value);
}

export function FigureTable({
  table,
  href,
  downloadHref,
}: {
  /** A dashboard's table, or another page's (the public statistics): any id. */
  table: Omit<SteeringTable, 'id'> & { id: string };
  /** The dashboard of a row's link. */
  href?: (row: NonNullable<SteeringTable['rows'][number]['link']>) => string;
  /** Its CSV export, when it has one. */
  downloadHref?: string;
}) {
  const captionId = `tableau-${table.id}`;
  const signed = table.head.map((head) => head.startsWith('Écart') || head === 'Solde');
  const cells = (values: Cell[], key: string, link?: string) =>
    values.map((value, index) => {
      const text = format(value, signed[index]!);
      const right = typeof value === 'number' || value === null ? fr.cx('fr-cell--right') : undefined;
      if (index === 0)
        return (
          <th key={`${key}-${index}`} scope="row">
            {link ? <Link href={link}>{text}</Link> : text}
          </th>
        );
      return (
        <td key={`${key}-${index}`} className={right}>
          {text}
        </td>
      );
    });
  return (
    <>
      <div className={fr.cx('fr-table', 'fr-table--sm', 'fr-mb-1w')}>
        <div className={fr.cx('fr-table__wrapper')}>
          <div className={fr.cx('fr-table__container')} tabIndex={0} role="region" aria-labelledby={captionId}>
            <div className={fr.cx('fr-table__content')}>
              <table>
                <caption id={captionId}>{table.caption}</caption>
                <thead>
                  <tr>
                    {table.head.map((head) => (
                      <th key={head} scope="col">
                        {head}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.length === 0 && (
                    <tr>
                      <td colSpan={table.head.length}>Aucune donnée pour ces filtres.</td>
                    </tr>
                  )}
                  {table.rows.map((row) => (
                    <tr key={row.key}>{cells(row.cells, row.key, row.link && href?.(row.link))}</tr>
                  ))}
                  {table.total && table.rows.length > 0 && (
                    <tr style={{ fontWeight: 700 }}>{cells(table.total, 'total')}</tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {downloadHref && (
        <p className={fr.cx('fr-mb-4w')}>
          <a className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-right')} href={downloadHref} download>
            Télécharger ce tableau (CSV)
            <span className={fr.cx('fr-sr-only')}> : {table.caption}</span>
          </a>
        </p>
      )}
    </>
  );
}
