import { useId, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import styles from '@/components/data-table/data-table.module.css';
import type { FormState } from '@/lib/forms';
import { TargetRowForm, type TargetField } from './target-row-form';

/*
 * The tables of a campaign's targets (/admin/campagnes/[annee]): one row per territory or
 * ministry, its figures as inputs of a row form when the campaign may be edited, as text
 * otherwise. The table scrolls sideways inside a focusable region on wide screens and turns into
 * one card per row on phones, like the other back-office tables (components/data-table).
 */

const number = new Intl.NumberFormat('fr-FR');
export const formatCount = (value: number) => number.format(value);

export function TargetsTable({
  caption,
  firstColumn = 'Territoire',
  columns,
  editable,
  children,
}: {
  caption: string;
  firstColumn?: string;
  /** The figures' column names, after the territory's. */
  columns: string[];
  editable: boolean;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div className={`${fr.cx('fr-table', 'fr-table--no-caption', 'fr-mb-2w')} ${styles.stacked}`}>
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')} tabIndex={0} role="region" aria-labelledby={captionId}>
          <div className={fr.cx('fr-table__content')}>
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  {[firstColumn, ...columns, ...(editable ? ['Action'] : [])].map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** A row of figures: an inline form when `edit` is given, text otherwise. */
export function TargetRow({
  rowHeader,
  name,
  fields,
  edit,
}: {
  rowHeader: string;
  name: string;
  fields: TargetField[];
  edit?: {
    action: (state: FormState, formData: FormData) => Promise<FormState>;
    hidden: Record<string, string>;
  };
}) {
  if (edit)
    return (
      <TargetRowForm action={edit.action} hidden={edit.hidden} rowHeader={rowHeader} name={name} fields={fields} />
    );
  return (
    <tr>
      <th scope="row">{rowHeader}</th>
      {fields.map((field) => (
        <td key={field.name} data-label={field.label}>
          {formatCount(field.value)}
        </td>
      ))}
    </tr>
  );
}

/** The three figures of a territory target, in the order of the annex. */
export function territoryFields(figures: { total: number; public: number; private: number }): TargetField[] {
  return [
    { name: 'total', label: 'Total', value: figures.total },
    { name: 'public', label: 'Public', value: figures.public },
    { name: 'private', label: 'Privé', value: figures.private },
  ];
}
