import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { formatSignedAt } from '@/lib/agreements/document-signatures';
import { ActionForm } from '@/components/forms/action-form';
import type { AgreementView } from '@/lib/agreements/queries';
import { resendLinkAction } from '@/lib/agreements/signature-actions';
import { SignatureForm } from './signature-form';
import { SignersList } from './signers-list';

/**
 * The signatures of a convention page: who signed and who is awaited (SignersList), then what the
 * signed-in reader can do: sign their own place, see that they signed, and for the school's editors
 * re-send a legal representative's link.
 */
export function SignaturePanel({ agreement, tu = false }: { agreement: AgreementView; tu?: boolean }) {
  const { signer, can } = agreement;
  const own =
    signer && agreement.signatures.find((s) => s.party === signer.party && s.textFingerprint === agreement.fingerprint);
  const waitingReps = agreement.legalRepresentatives.filter((rep) =>
    agreement.missingSigners.some((s) => s.party === 'legal_representative' && s.legalRepresentativeId === rep.id),
  );
  return (
    <>
      <section aria-labelledby="signatures-title" className={fr.cx('fr-mt-4w')}>
        <h2 id="signatures-title">Signatures</h2>
        <SignersList agreement={agreement} />
      </section>
      {own && <SignedNotice signedAt={own.signedAt} tu={tu} />}
      {signer?.pending && (
        <section aria-labelledby="sign-title" className={fr.cx('fr-mb-4w')}>
          <h2 id="sign-title">Signer la convention</h2>
          <SignatureForm
            target={{ agreementId: agreement.id }}
            fingerprint={agreement.fingerprint}
            expectedName={signer.expectedName}
            tu={tu}
          />
        </section>
      )}
      {can.resendLinks && waitingReps.length > 0 && (
        <section aria-labelledby="links-title" className={fr.cx('fr-mb-4w')}>
          <h2 id="links-title">Liens de signature des représentants légaux</h2>
          <p>
            Chaque représentant légal a reçu par courriel un lien personnel, valable 14 jours, pour lire et signer la
            convention sans compte. S’il ne l’a pas reçu ou s’il a expiré, envoyez-en un nouveau : l’ancien ne
            fonctionnera plus.
          </p>
          {waitingReps.map((rep) => (
            <ActionForm
              key={rep.id}
              action={resendLinkAction}
              hidden={{ agreementId: agreement.id, representativeId: rep.id }}
              submitLabel={`Renvoyer le lien à ${rep.fullName}`}
              priority="secondary"
            />
          ))}
        </section>
      )}
    </>
  );
}

/** Shown to a signatory once their signature counts on the text as it stands. */
export function SignedNotice({ signedAt, tu = false }: { signedAt: Date; tu?: boolean }) {
  return (
    <Alert
      className={fr.cx('fr-mb-4w')}
      severity="success"
      small
      description={`${tu ? 'Tu as signé' : 'Vous avez signé'} cette convention le ${formatSignedAt(signedAt)}.`}
    />
  );
}
