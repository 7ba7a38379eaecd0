import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { ActionForm } from '@/components/forms/action-form';
import { formatDate } from '@/lib/calendar/format';
import { canTransition, type OfferState } from '@/lib/offers/lifecycle-rules';
import { liftModerationAction, moderateOfferAction, reportOfferAction } from '@/lib/offers/moderation-actions';
import { REASON_MAX } from '@/lib/offers/moderation-schemas';
import { ModerationNotice } from './moderation-notice';

/*
 * The offer page's trust sections: "Signaler cette offre" for anyone signed in, and the national
 * team's moderation (the open reports, unpublish with a reason, lift).
 */

/** The report form, or when the viewer's report is still open, that it is being looked at. */
export function ReportOffer({
  offerId,
  reportedAt,
  pupil,
}: {
  offerId: string;
  reportedAt: Date | null;
  pupil: boolean;
}) {
  return (
    <section aria-labelledby="signaler" className={fr.cx('fr-mt-6w')}>
      <h2 id="signaler" className={fr.cx('fr-h5')}>
        Signaler cette offre
      </h2>
      {reportedAt ? (
        <p>
          {pupil ? 'Tu as signalé' : 'Vous avez signalé'} cette offre le {formatDate(reportedAt)} : l’équipe nationale
          l’examine.
        </p>
      ) : (
        <>
          <p>
            {pupil
              ? 'Cette offre te semble fausse, trompeuse, dangereuse ou contraire à la loi ? Explique ce qui ne va pas : l’équipe nationale la vérifiera.'
              : 'Cette offre vous semble fausse, trompeuse, dangereuse ou contraire à la loi ? Expliquez ce qui ne va pas : l’équipe nationale la vérifiera.'}
          </p>
          <ActionForm
            action={reportOfferAction}
            hidden={{ offerId }}
            reason={{
              label: 'Motif du signalement',
              hint: 'Ce qui ne va pas dans cette offre, en 1 000 caractères au plus.',
              maxLength: REASON_MAX,
            }}
            submitLabel="Signaler cette offre"
            priority="secondary"
          />
        </>
      )}
    </section>
  );
}

/** The admin's view: open reports on the offer, its moderation if any, and the action that applies. */
export function AdminModeration({
  offerId,
  state,
  moderation,
  reports,
}: {
  offerId: string;
  state: OfferState;
  moderation: { at: Date; reason: string | null } | null;
  reports: { id: string; reason: string; createdAt: Date }[];
}) {
  return (
    <section id="moderation" aria-labelledby="moderation-titre" className={fr.cx('fr-mt-6w')}>
      <h2 id="moderation-titre">Modération</h2>
      {moderation && <ModerationNotice {...moderation} forHost={false} />}
      {reports.length > 0 && (
        <>
          <h3 className={fr.cx('fr-h6')}>Signalements à traiter ({reports.length})</h3>
          <ul>
            {reports.map((report) => (
              <li key={report.id} style={{ whiteSpace: 'pre-line' }}>
                {formatDate(report.createdAt, 'short')} : {report.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {canTransition(state, 'moderate') && (
        <ActionForm
          action={moderateOfferAction}
          hidden={{ offerId }}
          reason={{
            label: 'Motif de la dépublication',
            hint: 'La structure d’accueil le lit sur son tableau de bord et dans un courriel : dites ce qu’elle doit corriger. 1 000 caractères au plus.',
            maxLength: REASON_MAX,
          }}
          confirmLabel="Je confirme la dépublication : les élèves ne verront plus cette offre, et sa structure ne pourra pas la republier avant que la dépublication soit levée."
          submitLabel="Dépublier l’offre"
        >
          {reports.length > 0 && <p>Les signalements à traiter sur cette offre seront marqués comme traités.</p>}
        </ActionForm>
      )}
      {canTransition(state, 'lift_moderation') && (
        <ActionForm
          action={liftModerationAction}
          hidden={{ offerId }}
          submitLabel="Lever la dépublication"
          priority="secondary"
        >
          <p>L’offre reste dépubliée ; sa structure d’accueil pourra la republier et en est informée par courriel.</p>
        </ActionForm>
      )}
      <p className={fr.cx('fr-mt-3w')}>
        <Link href="/admin/signalements">Tous les signalements</Link>
      </p>
    </section>
  );
}
