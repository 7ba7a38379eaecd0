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

/** A pupil who signed up without the class's link, until the main teacher or the head confirms it. */
export function AwaitingClassApproval({ className }: { className: string | null }) {
  return (
    <>
      <Alert
        severity="info"
        as="h2"
        title="Ton professeur principal doit confirmer ton inscription"
        description={`Tu as créé ton compte sans le lien d’inscription de ta classe. Ton professeur principal (ou la direction de ton collège) doit d’abord confirmer que tu es bien dans la classe${className ? ` ${className}` : ''}.`}
      />
      <section aria-labelledby="ensuite" className={fr.cx('fr-mt-6w')}>
        <h2 id="ensuite">Et ensuite ?</h2>
        <ol>
          <li>Dis à ton professeur principal que tu as créé ton compte : il le confirme sur le site.</li>
          <li>Il te donne le formulaire d’autorisation parentale à faire signer par l’un de tes parents.</li>
          <li>Quand il l’a enregistré, tu vois ici les offres de stage près de ton collège.</li>
        </ol>
        <p>
          Tu t’es trompé de classe ? Dis-le à ton professeur principal. Tu n’as rien d’autre à faire sur le site en
          attendant.
        </p>
      </section>
    </>
  );
}

/** A pupil whose school no longer takes part (its derogation was withdrawn): no offer to show. */
export function SchoolNotEligible() {
  return (
    <Alert
      severity="warning"
      as="h2"
      title="Ton collège ne propose plus de stages sur la plateforme"
      description="Ton collège ne fait plus partie des collèges qui peuvent utiliser la plateforme : tu ne peux pas voir les offres de stage ici. Parles-en à ton professeur principal : il t’aidera à trouver ton stage autrement."
    />
  );
}
