import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { formatDate } from '@/lib/calendar/format';
import { MODERATED_OFFER } from '@/lib/offers/lifecycle-rules';

/**
 * What the host reads on a moderated offer, wherever it opens it (its page, its steps, its
 * preview): when, why, and what to do. `forHost` false: the admin's wording, without the advice.
 */
export function ModerationNotice({
  at,
  reason,
  forHost = true,
}: {
  at: Date;
  reason: string | null;
  forHost?: boolean;
}) {
  return (
    <Alert
      className={fr.cx('fr-mb-4w')}
      severity="warning"
      as="h2"
      small={false}
      title={`Offre dépubliée par l’équipe nationale le ${formatDate(at)}`}
      description={
        <>
          <span style={{ display: 'block', whiteSpace: 'pre-line' }}>Motif : {reason}</span>
          {forHost && (
            <span className={fr.cx('fr-mt-1w')} style={{ display: 'block' }}>
              {MODERATED_OFFER}
            </span>
          )}
        </>
      }
    />
  );
}
