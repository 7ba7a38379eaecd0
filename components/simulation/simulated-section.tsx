import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { FigureTable } from '@/components/steering/figure-table';
import { formatDate } from '@/lib/calendar/format';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import type { SimulatedFigures } from '@/lib/simulation/loaded-queries';
import { comparisonTable, SIMULATE_COMMAND, type LiveReference } from '@/lib/simulation/loaded-rules';
import { SCENARIO_LABELS } from '@/lib/simulation/result';
import { placeName } from '@/lib/steering/table-cells';

const NUMBER = new Intl.NumberFormat('fr-FR');

/**
 * A steering dashboard's simulated campaign (issue 16): its own section, after the live figures,
 * saying where its figures come from; both scenarios over the dashboard's territory, beside the live
 * figures of the same quantities when the dashboard is not filtered.
 */
export function SimulatedSection({ figures, live }: { figures: SimulatedFigures; live: LiveReference | null }) {
  const { simulation, slice, summed, view } = figures;
  const place = placeName(view);
  return (
    <section aria-labelledby="campagne-simulee" className={fr.cx('fr-mt-6w')}>
      <h2 id="campagne-simulee">Campagne simulée (démonstration)</h2>
      <Alert
        severity="info"
        small
        className={fr.cx('fr-mb-3w')}
        description={`Ces chiffres viennent d’une simulation, chargée par l’équipe nationale : ce ne sont pas ceux de la campagne. Ils n’entrent dans aucun autre chiffre de cette page ni dans les statistiques publiques.`}
      />
      <p>
        Simulation « {simulation.label} » : campagne {schoolYearLabel(simulation.schoolYear)} jouée sur un jeu de
        données national fictif (graine {simulation.seed}, échelle {NUMBER.format(simulation.scale)}), terminée le{' '}
        {formatDate(simulation.finishedAt)}, par la commande <code>{SIMULATE_COMMAND}</code>. Deux scénarios : A «{' '}
        {SCENARIO_LABELS.a} », chaque collège choisit ses semaines sans regarder ses voisins ; B « {SCENARIO_LABELS.b}{' '}
        », les collèges prennent les semaines que la plateforme leur suggère.
      </p>
      {slice ? (
        <>
          <FigureTable table={comparisonTable(slice, place, live)} />
          <ul className={fr.cx('fr-text--sm')}>
            {summed && (
              <li>
                Les chiffres du territoire sont la somme de ceux de ses départements. Une distance médiane ne
                s’additionne pas : elle n’est donnée que pour la France entière et pour un département.
              </li>
            )}
            <li>Écart B − A : en points pour la part pourvue, en kilomètres pour la distance.</li>
            {live ? (
              <li>
                Référence : les chiffres de la campagne {live.campaignLabel} de ce tableau de bord. Places pourvues :
                tenues par une candidature acceptée ou confirmée ; élèves : autorisés par leurs responsables ; placés :
                avec un stage confirmé. « — » : la campagne n’a pas ce chiffre.
              </li>
            ) : (
              <li>
                Les filtres (secteur, offres publiques ou privées, éducation prioritaire) ne s’appliquent pas à la
                simulation : les chiffres de la campagne ne sont mis en regard que sans filtre.
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>Cette simulation n’a aucun chiffre pour {place}.</p>
      )}
    </section>
  );
}
