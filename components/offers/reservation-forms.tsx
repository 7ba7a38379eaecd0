'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { FormAlert, SubmitButton } from '@/components/forms/fields';
import { initialFormState } from '@/lib/forms';
import { answerReservationAction, requestReservationAction } from '@/lib/offers/reservation-actions';
import type { ReservationRequest } from '@/lib/offers/reservation-queries';
import { formatDate } from '@/lib/calendar/format';

/*
 * Reservation requests: the school head's request on the offer page, and the host's answers on the
 * offer's management page. The action state lives in the component that stays on screen, so the
 * confirmation survives the refresh that removes an answered request from the list.
 */

/** The head's request, or where it stands. `status` is the school's current request, if any. */
export function RequestReservationForm({
  offerId,
  status,
}: {
  offerId: string;
  status: 'requested' | 'declined' | null;
}) {
  const [state, formAction] = useActionState(requestReservationAction, initialFormState);
  if (state.status === 'success') return <FormAlert state={state} successTitle="Demande envoyée" />;
  if (status === 'requested')
    return (
      <Alert
        severity="info"
        small
        role="status"
        description="Votre demande de réservation est envoyée : la structure d’accueil vous répondra par courriel."
      />
    );
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      {status === 'declined' && (
        <p>La structure d’accueil n’a pas retenu votre précédente demande. Vous pouvez la renouveler.</p>
      )}
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton>Demander à réserver cette offre pour mon collège</SubmitButton>
    </form>
  );
}

/** The pending requests on one offer, each with Accepter / Refuser (a refusal is confirmed first). */
export function ReservationRequests({ offerId, requests }: { offerId: string; requests: ReservationRequest[] }) {
  const [state, formAction] = useActionState(answerReservationAction, initialFormState);
  return (
    <section aria-labelledby="demandes-reservation">
      <h2 id="demandes-reservation">Demandes de réservation</h2>
      <p>
        Un chef d’établissement peut vous demander de réserver cette offre à son collège. Si vous acceptez, seuls les
        élèves et les personnels des collèges pour lesquels l’offre est réservée la verront.
      </p>
      <FormAlert state={state} successTitle="Réponse envoyée" />
      {requests.length === 0 ? (
        <p>Aucune demande en attente. Un courriel vous prévient de chaque nouvelle demande.</p>
      ) : (
        <ul className={fr.cx('fr-raw-list')}>
          {requests.map((request) => (
            <RequestRow key={request.schoolId} offerId={offerId} request={request} formAction={formAction} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestRow({
  offerId,
  request,
  formAction,
}: {
  offerId: string;
  request: ReservationRequest;
  formAction: (formData: FormData) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const declineButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Keyboard and screen reader users land on the question when it appears, and back on "Refuser" after "Annuler".
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) declineButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const school = `${request.schoolName} (${request.commune})`;
  const hidden = (decision: 'accept' | 'decline') => (
    <>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="schoolId" value={request.schoolId} />
      <input type="hidden" name="decision" value={decision} />
    </>
  );
  return (
    <li className={fr.cx('fr-py-3w')} style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
      <p className={fr.cx('fr-mb-1w')}>
        <strong>{request.schoolName}</strong>, {request.commune} · UAI {request.uai}
      </p>
      <p className={fr.cx('fr-text--sm')}>Demande reçue le {formatDate(request.requestedAt)}</p>
      {confirming ? (
        <form action={formAction}>
          {hidden('decline')}
          <p ref={question} tabIndex={-1}>
            Refuser la demande de {school} ? Son chef d’établissement en sera informé par courriel.
          </p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
            <li>
              <SubmitButton pendingLabel="Un instant…">Confirmer le refus</SubmitButton>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      ) : (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
          <li>
            <form action={formAction}>
              {hidden('accept')}
              <SubmitButton pendingLabel="Un instant…">
                Accepter<span className={fr.cx('fr-sr-only')}> la demande de {school}</span>
              </SubmitButton>
            </form>
          </li>
          <li>
            <Button type="button" priority="secondary" ref={declineButton} onClick={() => setConfirming(true)}>
              Refuser<span className={fr.cx('fr-sr-only')}> la demande de {school}</span>
            </Button>
          </li>
        </ul>
      )}
    </li>
  );
}
