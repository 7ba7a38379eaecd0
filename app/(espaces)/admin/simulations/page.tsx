import type { Metadata } from 'next';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { AdminPage } from '@/components/admin/admin-page';
import { ActionForm } from '@/components/forms/action-form';
import { DoneNotice } from '@/components/forms/done-notice';
import { LoadSimulationForm } from '@/components/simulation/load-simulation-form';
import { requireRole } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/calendar/format';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { deleteSimulationAction } from '@/lib/simulation/loaded-actions';
import { listSimulations, type SimulationSummary } from '@/lib/simulation/loaded-queries';
import { SIMULATE_COMMAND } from '@/lib/simulation/loaded-rules';

export const metadata: Metadata = { title: 'Campagnes simulées – Administration' };

const NUMBER = new Intl.NumberFormat('fr-FR');

/** Simulated campaigns (issue 16): load a result of `npm run simulate:campaign`, list them, delete them. */
export default async function SimulationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireRole('admin');
  const simulations = await listSimulations(admin);

  return (
    <AdminPage
      title="Campagnes simulées"
      lead="Montrez, à côté des chiffres de la campagne, ceux d’une campagne simulée : une démonstration de ce que changent les semaines suggérées aux collèges."
    >
      <DoneNotice
        searchParams={await searchParams}
        messages={{
          chargee: {
            title: 'La simulation est chargée',
            description:
              'Les tableaux de bord du pilotage (France, régions, académies, départements) la montrent dans une section à part.',
          },
          supprimee: 'La simulation est supprimée : les tableaux de bord ne la montrent plus.',
        }}
      />
      <p>
        Une campagne simulée est le résultat de la commande <code>{SIMULATE_COMMAND}</code> : elle joue une campagne
        entière sur un jeu de données national fictif, dans deux scénarios (« Sans coordination » et « Semaines
        suggérées »), et écrit leurs chiffres, pour la France et par département, dans un fichier JSON.
      </p>
      <p>
        Chargée ici, elle est gardée à part : jamais mêlée aux offres, aux élèves ni aux candidatures de la campagne,
        elle n’entre dans aucun indicateur ni dans les statistiques publiques. Les tableaux de bord du pilotage montrent
        la dernière chargée dans une section à part, « Campagne simulée (démonstration) », chaque référent n’y voyant
        que son territoire. La supprimer la retire des tableaux de bord.
      </p>

      <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Simulations chargées</h2>
      {simulations.length === 0 ? (
        <p>
          Aucune simulation n’est chargée : les tableaux de bord ne montrent que la campagne. Lancez{' '}
          <code>{SIMULATE_COMMAND}</code>, puis chargez le fichier <code>resultat.json</code> ci-dessous.
        </p>
      ) : (
        <>
          <p>La plus récente est en tête : c’est celle que montrent les tableaux de bord.</p>
          <Table
            caption="Simulations chargées, la plus récente d’abord (celle que montrent les tableaux de bord)"
            noCaption
            headers={['Nom', 'Campagne simulée', 'Graine', 'Échelle', 'Terminée le', 'Chargée', 'Supprimer']}
            data={simulations.map((simulation) => [
              <SimulationName key="nom" simulation={simulation} />,
              schoolYearLabel(simulation.schoolYear),
              // An identifier, not a quantity: written as the command takes it.
              String(simulation.seed),
              NUMBER.format(simulation.scale),
              formatDate(simulation.finishedAt, 'short'),
              `${formatDateTime(simulation.loadedAt, 'short')} par ${simulation.loadedBy ?? 'un compte supprimé'}`,
              <ActionForm
                key="supprimer"
                action={deleteSimulationAction}
                hidden={{ simulationId: simulation.id }}
                confirmLabel={`Je confirme la suppression de « ${simulation.label} »`}
                submitLabel={
                  <>
                    Supprimer<span className={fr.cx('fr-sr-only')}> la simulation « {simulation.label} »</span>
                  </>
                }
                priority="secondary"
              />,
            ])}
          />
        </>
      )}

      <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Charger une simulation</h2>
      <LoadSimulationForm />
    </AdminPage>
  );
}

function SimulationName({ simulation }: { simulation: SimulationSummary }) {
  return (
    <>
      {simulation.label}
      {simulation.shown && (
        <>
          {' '}
          <Badge severity="info" small>
            Montrée au pilotage
          </Badge>
        </>
      )}
    </>
  );
}
