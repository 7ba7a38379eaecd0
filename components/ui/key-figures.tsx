import { fr } from '@codegouvfr/react-dsfr';

export interface KeyFigure {
  value: number | string;
  label: string;
}

/** A dashboard's key figures, as a list so screen readers announce how many there are; two a row on a phone. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-3w')}>
      {figures.map((figure) => (
        <li key={figure.label} className={fr.cx('fr-col-6', 'fr-col-md-3')}>
          <div className={fr.cx('fr-p-2w')} style={{ height: '100%', background: 'var(--background-alt-blue-france)' }}>
            <p className={fr.cx('fr-h3', 'fr-mb-0')}>{figure.value}</p>
            <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{figure.label}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
