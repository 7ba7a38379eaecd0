import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ReasonForm } from '@/components/admin/reason-form';
import { removeHeadAction, replaceHeadAction } from '@/lib/admin/heads-actions';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import type { StaffRole } from '@/lib/auth/types';

interface Person {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: StaffRole;
}

/**
 * The school's head on its admin page: who it is (or that there is none), then replace them by an
 * active member of the team, or remove them. Only existing staff can be appointed here: an
 * invitation carries no head role (the head is appointed through appointHead only).
 */
export function SchoolHeadSection({
  school,
  head,
  candidates,
}: {
  school: { id: string; name: string };
  head: Person | null;
  candidates: Person[];
}) {
  const headName = head ? `${head.firstName} ${head.lastName}` : null;
  return (
    <section aria-labelledby="chef" className={fr.cx('fr-mb-6w')}>
      <h2 id="chef" className={fr.cx('fr-h4')}>
        Chef d’établissement
      </h2>
      {head ? (
        <p>
          <strong>{headName}</strong> ({head.email})
        </p>
      ) : (
        <Alert
          className={fr.cx('fr-mb-2w')}
          severity="warning"
          small
          role={undefined}
          description="Ce collège n’a pas de chef d’établissement : personne ne peut gérer son équipe ni ses classes. Désignez un membre de l’équipe ci-dessous, ou approuvez une demande."
        />
      )}
      <h3 className={fr.cx('fr-h6')}>
        {head ? 'Remplacer le chef d’établissement' : 'Désigner un chef d’établissement'}
      </h3>
      {candidates.length === 0 ? (
        <p>
          Aucun autre membre actif de l’équipe ne peut être désigné. Seul un personnel déjà membre de l’équipe du
          collège peut le devenir : il rejoint d’abord le collège, sur invitation ou par une demande acceptée.
        </p>
      ) : (
        <>
          <p>
            La personne choisie devient chef d’établissement.
            {head && ` ${headName} perd aussitôt son accès au collège.`} Les élèves, les classes et l’équipe sont
            conservés. Chacun est prévenu par courriel, avec la raison.
          </p>
          <ReasonForm
            action={replaceHeadAction}
            hidden={{ schoolId: school.id }}
            choice={{
              name: 'userId',
              label: 'Nouveau chef d’établissement',
              as: 'select',
              options: candidates.map((person) => ({
                value: person.userId,
                label: `${person.firstName} ${person.lastName} – ${STAFF_ROLE_LABELS[person.role]} (${person.email})`,
              })),
            }}
            reasonLabel="Raison du changement"
            reasonHint="Par exemple : changement de chef d’établissement à la rentrée, signalé par le rectorat."
            confirmLabel={`Je confirme le changement de chef d’établissement du ${school.name}`}
            submitLabel={head ? 'Remplacer le chef d’établissement' : 'Désigner le chef d’établissement'}
          />
        </>
      )}
      {head && (
        <>
          <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>Retirer le chef d’établissement</h3>
          <p>
            {headName} perd aussitôt son accès au collège. Le collège reste inscrit, sans chef d’établissement jusqu’à
            la désignation d’un autre ; ses élèves, ses classes et son équipe sont conservés.
          </p>
          <ReasonForm
            action={removeHeadAction}
            hidden={{ schoolId: school.id }}
            reasonLabel="Raison du retrait"
            confirmLabel={`Je confirme le retrait de ${headName}, chef d’établissement du ${school.name}`}
            submitLabel="Retirer le chef d’établissement"
            priority="secondary"
          />
        </>
      )}
    </section>
  );
}
