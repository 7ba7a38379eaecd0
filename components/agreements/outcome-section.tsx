import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { AGREEMENT_OUTCOME_LABELS, FEEDBACK_AUTHOR_LABELS } from '@/lib/agreements/labels';
import type { OutcomeView } from '@/lib/agreements/outcome-queries';
import { formatDate, formatDay } from '@/lib/calendar/format';
import { FeedbackForm } from './feedback-form';
import { OutcomeForm } from './outcome-form';

/*
 * « Après le stage » on a convention's page (outcome-queries.ts getAgreementOutcome): whether the
 * internship took place and who said so, the forms the actor may use, and the pupil's and the
 * tutor's words once it is completed. Nothing for a cancelled convention (its page says so).
 */

const BY = { school: 'le collège', host: 'la structure d’accueil' } as const;

export function OutcomeSection({
  view,
  pupil = false,
}: {
  view: OutcomeView;
  /** Speak to the pupil in « tu ». */ pupil?: boolean;
}) {
  if (view.canceled) return null;
  const { outcome, feedback, can } = view;
  const completed = outcome?.value === 'completed';
  return (
    <section aria-labelledby="apres-le-stage" className={fr.cx('fr-mt-6w')}>
      <h2 id="apres-le-stage" className={fr.cx('fr-h4')}>
        Après le stage
      </h2>
      {!view.weekStarted && (
        <p>
          À partir du {formatDay(view.week)}, premier jour du stage, le collège ou la structure d’accueil{' '}
          {pupil ? 'indiquera si ton stage a eu lieu' : 'indique si le stage a eu lieu'}.
        </p>
      )}
      {view.weekStarted && !outcome && (
        <p>
          {pupil
            ? 'Le collège ou la structure d’accueil indiquera bientôt si ton stage a eu lieu.'
            : 'Personne n’a encore indiqué si le stage a eu lieu.'}
        </p>
      )}
      {outcome && (
        <div className={fr.cx('fr-mb-3w')}>
          <p className={fr.cx('fr-mb-1v')}>
            <Badge as="span" severity={completed ? 'success' : 'warning'}>
              {AGREEMENT_OUTCOME_LABELS[outcome.value]}
            </Badge>
          </p>
          <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
            Indiqué {outcome.by ? `par ${BY[outcome.by]} ` : ''}le {formatDate(outcome.at)}.
          </p>
          {outcome.reason && <p>Motif : {outcome.reason}</p>}
        </div>
      )}
      {can.recordOutcome && (
        <>
          <h3 className={fr.cx('fr-h6')}>
            {outcome ? 'Corriger ce qui a été indiqué' : 'Indiquer si le stage a eu lieu'}
          </h3>
          <OutcomeForm agreementId={view.agreementId} current={outcome} signed={view.signed} />
        </>
      )}
      {completed && (
        <>
          <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>Avis</h3>
          {(['pupil', 'tutor'] as const).map((author) => {
            const word = feedback[author];
            return (
              <div key={author} className={fr.cx('fr-mb-2w')}>
                <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>{FEEDBACK_AUTHOR_LABELS[author]}</p>
                {word ? (
                  <blockquote className={fr.cx('fr-mb-1v')} style={{ whiteSpace: 'pre-line' }}>
                    {word.body}
                  </blockquote>
                ) : (
                  <p className={fr.cx('fr-text--sm')}>Pas d’avis pour l’instant.</p>
                )}
              </div>
            );
          })}
          {can.feedbackAs && (
            <FeedbackForm
              agreementId={view.agreementId}
              author={can.feedbackAs}
              current={feedback[can.feedbackAs]?.body ?? null}
            />
          )}
        </>
      )}
    </section>
  );
}
