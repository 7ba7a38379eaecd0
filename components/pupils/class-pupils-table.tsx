import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import type { ClassPupil } from '@/lib/classes/queries';
import { formatDate } from '@/lib/calendar/format';

/** The class's pupils and where each stands with the parental authorisation (gender is never shown). */
export function ClassPupilsTable({ className, pupils }: { className: string; pupils: ClassPupil[] }) {
  return (
    <Table
      caption={`Élèves de la ${className} et autorisations parentales`}
      noCaption
      headers={['Nom', 'Prénom', 'Autorisation parentale']}
      data={pupils.map((pupil) => [
        pupil.lastName,
        pupil.firstName,
        pupil.consentAt ? (
          <Badge key="consent" as="span" severity="success" small>
            {`Reçue le ${formatDate(pupil.consentAt)}`}
          </Badge>
        ) : (
          <Badge key="consent" as="span" severity="warning" small>
            En attente
          </Badge>
        ),
      ])}
    />
  );
}
