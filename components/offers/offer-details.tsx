import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { formatWeek } from '@/lib/calendar/format';
import { ORGANISATION_KIND_LABELS } from '@/lib/hosts/labels';
import type { OfferView } from '@/lib/offers/offer-page-queries';
import { formatDuration, isCollective } from '@/lib/offers/rules';
import { plural } from '@/lib/text/words';

/*
 * The body of an offer page, as pupils, school staff, visitors and the host (preview) read it.
 * Pupils are addressed with "tu"; everyone else reads neutral wording about "l’élève".
 */

type Audience = 'pupil' | 'other';

const LUNCH: Record<Exclude<OfferView['lunch'], 'none'>, string> = {
  canteen_invitation: 'Déjeuner : l’élève est invité au restaurant du personnel.',
  reduced_rate: 'Déjeuner : accès au restaurant du personnel à tarif réduit.',
};

/** '09:00' -> '9 h', '16:30' -> '16 h 30', as French writes times. */
function clock(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

const seatsLabel = (seatsLeft: number) => (seatsLeft === 0 ? 'complet' : plural(seatsLeft, 'place'));
const pupils = (count: number) => plural(count, 'élève');

const paragraphs = { whiteSpace: 'pre-line' } as const;

export function OfferDetails({ offer, audience }: { offer: OfferView; audience: Audience }) {
  const pupil = audience === 'pupil';
  const address = [offer.street, [offer.postcode, offer.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <p className={fr.cx('fr-mb-2w')}>
        <strong>{offer.organisation.name}</strong> · {ORGANISATION_KIND_LABELS[offer.organisation.kind]}
        {/* Operators post for the hosts they support (on the site or through the partner API): say who. */}
        {offer.publisher && <> · publiée par l’association partenaire {offer.publisher}</>}
      </p>
      {offer.sector && (
        <div className={fr.cx('fr-mb-2w')}>
          <Tag as="span" className={fr.cx('fr-mr-2w')}>
            {offer.sector.name}
          </Tag>
          {offer.sector.onisepUrl && (
            <a
              className={fr.cx('fr-link')}
              href={offer.sector.onisepUrl}
              target="_blank"
              rel="noopener noreferrer"
              title={`Les métiers du secteur ${offer.sector.name} sur le site de l’ONISEP - nouvelle fenêtre`}
            >
              Les métiers du secteur sur le site de l’ONISEP
            </a>
          )}
        </div>
      )}

      <section aria-labelledby="offre-observation" className={fr.cx('fr-mt-4w')}>
        <h2 id="offre-observation" className={fr.cx('fr-h4')}>
          {pupil ? 'Ce que tu observeras' : 'Ce que l’élève observera'}
        </h2>
        <p style={paragraphs}>{offer.description || 'La structure d’accueil n’a pas encore décrit le stage.'}</p>
      </section>

      {offer.jobsDiscovered && (
        <section aria-labelledby="offre-metiers">
          <h2 id="offre-metiers" className={fr.cx('fr-h4')}>
            {pupil ? 'Les métiers que tu découvriras' : 'Les métiers découverts'}
          </h2>
          <p style={paragraphs}>{offer.jobsDiscovered}</p>
        </section>
      )}

      <section aria-labelledby="offre-semaines">
        <h2 id="offre-semaines" className={fr.cx('fr-h4')}>
          Semaines et places
        </h2>
        <p>
          {isCollective(offer)
            ? `Stage collectif : jusqu’à ${offer.seatsPerWeek} élèves la même semaine, ${pupils(offer.seatsPerYear)} sur l’année.`
            : `Stage individuel : un élève par semaine, ${pupils(offer.seatsPerYear)} sur l’année.`}
        </p>
        {offer.weeks.length === 0 ? (
          <p>Aucune semaine à venir pour cette offre.</p>
        ) : (
          <ul>
            {offer.weeks.map(({ week, seatsLeft }) => (
              <li key={week} className={fr.cx('fr-mb-1w')}>
                {formatWeek(week).replace(/^s/, 'S')} :{' '}
                <Badge as="span" small noIcon severity={seatsLeft === 0 ? 'warning' : 'success'}>
                  {seatsLabel(seatsLeft)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="offre-lieu">
        <h2 id="offre-lieu" className={fr.cx('fr-h4')}>
          Lieu du stage
        </h2>
        <p>{address || 'Adresse pas encore indiquée.'}</p>
      </section>

      <section aria-labelledby="offre-pratique">
        <h2 id="offre-pratique" className={fr.cx('fr-h4')}>
          Horaires et déjeuner
        </h2>
        {offer.hours ? (
          <p>
            Du lundi au vendredi, de {clock(offer.hours.dailyStart)} à {clock(offer.hours.dailyEnd)},{' '}
            {offer.hours.lunchBreakMinutes
              ? `pause déjeuner de ${formatDuration(offer.hours.lunchBreakMinutes)}`
              : 'sans pause déjeuner'}
            , soit {formatDuration(offer.hours.presenceMinutes)} de présence par jour.
          </p>
        ) : (
          <p>Horaires pas encore indiqués.</p>
        )}
        {offer.lunch === 'none' ? (
          // The DSFR markup without Alert's role="alert": this warning is part of the page, not an event.
          <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-alert--sm', 'fr-mb-3w')}>
            <p>
              {pupil
                ? 'Le déjeuner n’est pas prévu : prévois un repas.'
                : 'Déjeuner : non prévu — l’élève apporte son repas.'}
            </p>
          </div>
        ) : (
          <p>{LUNCH[offer.lunch]}</p>
        )}
      </section>

      <section aria-labelledby="offre-accessibilite">
        <h2 id="offre-accessibilite" className={fr.cx('fr-h4')}>
          Accessibilité
        </h2>
        <p>
          {offer.accessibleToDisabled
            ? 'Le lieu de stage est accessible aux élèves en situation de handicap.'
            : 'La structure d’accueil n’a pas indiqué que le lieu est accessible aux élèves en situation de handicap.'}
        </p>
        {offer.accessibilityDetails && <p style={paragraphs}>{offer.accessibilityDetails}</p>}
      </section>
    </>
  );
}
