import { fr } from '@codegouvfr/react-dsfr';
import { ActionForm } from '@/components/forms/action-form';
import { formatDate } from '@/lib/calendar/format';
import type { IsoDate } from '@/lib/calendar/weeks';
import { closeNationalSearchAction, openNationalSearchAction } from '@/lib/schools/search-settings-actions';
import type { SearchSettings } from '@/lib/schools/search-settings-queries';
import { nationalSearchRefusal } from '@/lib/schools/search-settings-rules';
import { SearchRadiusForm } from './search-radius-form';

/** The DoneNotice messages of the actions below, for the page that shows them. */
export const SEARCH_SETTINGS_NOTICES = {
  'rayon-modifie': 'Rayon de recherche enregistré : les élèves du collège cherchent désormais dans ce rayon.',
  'recherche-nationale-ouverte':
    'Recherche nationale ouverte : les élèves du collège voient dès maintenant les offres de toute la France.',
  'recherche-nationale-fermee':
    'Recherche nationale fermée : les élèves du collège cherchent de nouveau dans le rayon choisi.',
};

/**
 * Where the school's pupils search offers: the radius around the collège, or the whole country
 * once the head opens national search (from 25 September). The head changes it; the rest of the
 * staff read it, with who opened national search and when.
 */
export function SearchSettingsSection({
  settings,
  canChange,
  today,
}: {
  settings: SearchSettings;
  canChange: boolean;
  today: IsoDate;
}) {
  const national = settings.nationalSearch;
  const notYet = nationalSearchRefusal(today);
  return (
    <section aria-labelledby="recherche" className={fr.cx('fr-mt-4w')}>
      <h2 id="recherche" className={fr.cx('fr-h4')}>
        Recherche de stages des élèves
      </h2>
      {national ? (
        <p>
          <strong>
            Recherche nationale ouverte le {formatDate(national.openedAt)}
            {national.openedBy && ` par ${national.openedBy}`}.
          </strong>{' '}
          Les élèves voient les offres de toute la France, les plus proches du collège d’abord.
        </p>
      ) : (
        <p>
          Les élèves cherchent les offres situées à <strong>{settings.radiusKm} km</strong> au plus du collège.
        </p>
      )}
      {canChange ? (
        <>
          {national ? (
            <ActionForm
              action={closeNationalSearchAction}
              hidden={{}}
              submitLabel="Fermer la recherche nationale"
              priority="secondary"
            >
              <p className={fr.cx('fr-hint-text')}>
                Les élèves chercheront de nouveau à {settings.radiusKm} km au plus du collège.
              </p>
            </ActionForm>
          ) : notYet ? (
            <p className={fr.cx('fr-hint-text')}>{notYet}</p>
          ) : (
            <ActionForm
              action={openNationalSearchAction}
              hidden={{}}
              submitLabel="Ouvrir la recherche au niveau national"
            >
              <p className={fr.cx('fr-hint-text')}>
                Les élèves verront aussi les offres éloignées du collège, partout en France. Vous pourrez revenir au
                rayon à tout moment.
              </p>
            </ActionForm>
          )}
          <div className={fr.cx('fr-mt-3w')}>
            <SearchRadiusForm
              radiusKm={settings.radiusKm}
              hint={
                national
                  ? 'Il s’appliquera quand la recherche nationale sera fermée.'
                  : 'Les élèves peuvent ensuite réduire la distance dans leur recherche.'
              }
            />
          </div>
        </>
      ) : (
        <p className={fr.cx('fr-hint-text')}>
          Le chef d’établissement choisit le rayon et ouvre la recherche nationale.
        </p>
      )}
    </section>
  );
}
