import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';

/**
 * What a pupil sees instead of offers until a parent's authorisation is recorded (technical note,
 * annex 1), on /eleve and on /offres alike.
 */
export function PendingConsent() {
  return (
    <>
      <Alert
        severity="info"
        as="h2"
        title="L’autorisation de tes parents est attendue"
        description="Tant que ton collège n’a pas reçu cette autorisation, tu ne peux pas voir les offres de stage."
      />
      <section aria-labelledby="que-faire" className={fr.cx('fr-mt-6w')}>
        <h2 id="que-faire">Que faire ?</h2>
        <ol>
          <li>Demande à ton professeur principal le formulaire d’autorisation parentale.</li>
          <li>Fais-le signer par l’un de tes parents ou ton représentant légal.</li>
          <li>Rends-le à ton professeur principal.</li>
        </ol>
        <p>
          Dès que ton professeur principal ou ton chef d’établissement l’aura enregistrée, tu verras ici les offres de
          stage près de ton collège. Tu n’as rien d’autre à faire sur le site en attendant.
        </p>
      </section>
    </>
  );
}
