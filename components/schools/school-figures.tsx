import { KeyFigures } from '@/components/ui/key-figures';
import type { SchoolOverview } from '@/lib/schools/queries';

/** The school dashboard's key figures. */
export function SchoolFigures({ overview }: { overview: SchoolOverview }) {
  return (
    <KeyFigures
      figures={[
        { value: overview.classes, label: overview.classes > 1 ? 'classes de 3e ouvertes' : 'classe de 3e ouverte' },
        { value: overview.pupils, label: overview.pupils > 1 ? 'élèves inscrits' : 'élève inscrit' },
        {
          value: overview.pupilsWithConsent,
          label: `${overview.pupilsWithConsent > 1 ? 'autorisations parentales enregistrées' : 'autorisation parentale enregistrée'}${overview.pupils > 0 ? ` sur ${overview.pupils}` : ''}`,
        },
        {
          value: overview.completedInternships,
          label: overview.completedInternships > 1 ? 'stages réalisés' : 'stage réalisé',
        },
        { value: overview.staff, label: overview.staff > 1 ? 'personnels ayant accès' : 'personnel ayant accès' },
      ]}
    />
  );
}
