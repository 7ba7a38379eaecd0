'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { FormAlert, RadioField, SubmitButton, TextField } from '@/components/forms/fields';
import { applyAction } from '@/lib/applications/actions';
import { CV_FIELDS } from '@/lib/applications/labels';
import { MOTIVATION_MAX, type CvInput } from '@/lib/applications/schemas';
import { initialFormState } from '@/lib/forms';

const EXAMPLE =
  'Bonjour, je m’appelle Inès et je suis en 3e au collège Henri Barbusse. Je voudrais faire mon stage chez vous parce que j’aime aider les autres et que je me demande comment on soigne les animaux. Pendant cette semaine, j’aimerais voir comment se passe une journée de travail et poser des questions sur les études pour ce métier. Je suis curieuse, ponctuelle et j’aime travailler en équipe. Merci de lire ma candidature.';

/**
 * Applying to an offer: one week among those offered, a motivation letter (guidance and an example
 * shown, a draft kept in this browser while typing), and the CV that goes with it.
 */
export function ApplyForm({
  offerId,
  weeks,
  cv,
}: {
  offerId: string;
  weeks: { value: string; label: string }[];
  cv: CvInput;
}) {
  const [state, formAction] = useActionState(applyAction, initialFormState);
  const letter = useRef<HTMLDivElement>(null);
  const draftKey = `brouillon-candidature:${offerId}`;

  // A draft left here earlier comes back, unless the server sent back what was just typed.
  useEffect(() => {
    const area = letter.current?.querySelector('textarea');
    const draft = window.localStorage.getItem(draftKey);
    if (area && draft && !area.value) area.value = draft;
  }, [draftKey]);

  const cvFilled = CV_FIELDS.filter((field) => cv[field.name]);
  return (
    <form
      action={formAction}
      onInput={(event) => {
        const target = event.target as HTMLTextAreaElement;
        if (target.name === 'motivation') window.localStorage.setItem(draftKey, target.value);
      }}
      onSubmit={() => window.localStorage.removeItem(draftKey)}
    >
      <FormAlert state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <RadioField
        name="week"
        legend="Ta semaine de stage"
        hint="Seules les semaines de stage de ta classe où il reste une place sont proposées."
        state={state}
        options={weeks}
        defaultValue={weeks.length === 1 ? weeks[0]!.value : undefined}
      />
      <Accordion label="Comment écrire ta lettre de motivation ?" className={fr.cx('fr-mb-3w')}>
        <p>En quelques phrases, dis :</p>
        <ul>
          <li>qui tu es (ton prénom, ta classe, ton collège) ;</li>
          <li>pourquoi cette offre t’intéresse ;</li>
          <li>ce que tu aimerais voir ou apprendre pendant la semaine ;</li>
          <li>une ou deux qualités que tu as (curieux, ponctuel, à l’écoute…).</li>
        </ul>
        <p className={fr.cx('fr-mb-0')}>
          <strong>Exemple :</strong> « {EXAMPLE} »
        </p>
      </Accordion>
      <div ref={letter}>
        <TextField
          name="motivation"
          label="Ta lettre de motivation"
          hint="Au moins 50 caractères. Ton brouillon est gardé sur cet appareil pendant que tu écris."
          state={state}
          textArea
          required
          maxLength={MOTIVATION_MAX}
        />
      </div>
      <section aria-labelledby="cv-envoye" className={fr.cx('fr-mb-3w')}>
        <h3 id="cv-envoye" className={fr.cx('fr-h6')}>
          Le CV envoyé avec ta candidature
        </h3>
        {cvFilled.length === 0 ? (
          <p>
            Ton CV est vide. Tu peux candidater quand même, mais un CV aide la structure à te connaître :{' '}
            <Link href="/eleve/cv">remplir mon CV</Link>.
          </p>
        ) : (
          <>
            <dl>
              {cvFilled.map((field) => (
                <div key={field.name} className={fr.cx('fr-mb-1w')}>
                  <dt className={fr.cx('fr-text--bold')}>{field.label}</dt>
                  <dd className={fr.cx('fr-ml-0')}>{cv[field.name]}</dd>
                </div>
              ))}
            </dl>
            <p>
              <Link href="/eleve/cv">Modifier mon CV</Link>
            </p>
          </>
        )}
      </section>
      <SubmitButton>Envoyer ma candidature</SubmitButton>
    </form>
  );
}
