import { fr } from '@codegouvfr/react-dsfr';
import type { SchoolOverview } from '@/lib/schools/queries';

/** The dashboard's key figures, as a list so screen readers announce how many there are. */
export function SchoolFigures({ overview }: { overview: SchoolOverview }) {
  const figures = [
    { value: overview.classes, label: overview.classes > 1 ? 'classes de 3e ouvertes' : 'classe de 3e ouverte' },
    { value: overview.pupils, label: overview.pupils > 1 ? 'élèves inscrits' : 'élève inscrit' },
    {
      value: overview.pupilsWithConsent,
      label: `${overview.pupilsWithConsent > 1 ? 'autorisations parentales enregistrées' : 'autorisation parentale enregistrée'}${overview.pupils > 0 ? ` sur ${overview.pupils}` : ''}`,
    },
    { value: overview.staff, label: overview.staff > 1 ? 'personnels ayant accès' : 'personnel ayant accès' },
  ];
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
