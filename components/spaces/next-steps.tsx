import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';

export type NextStep = {
  title: string;
  desc: string;
  available?: boolean;
  /** Where an available step is done. */ href?: string;
};

/**
 * "What comes next" on a role's landing page. Steps not built yet say so with a badge rather
 * than linking to a page that does not exist.
 */
export function NextSteps({ title = 'Ce que vous pourrez faire ici', steps }: { title?: string; steps: NextStep[] }) {
  return (
    <section aria-labelledby="prochaines-etapes" className={fr.cx('fr-mt-6w')}>
      <h2 id="prochaines-etapes">{title}</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {steps.map((step) => (
          <div key={step.title} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
            <div
              className={fr.cx('fr-p-3w')}
              style={{ height: '100%', border: '1px solid var(--border-default-grey)' }}
            >
              <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
                {step.available && step.href ? <Link href={step.href}>{step.title}</Link> : step.title}
              </h3>
              <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>{step.desc}</p>
              {!step.available && (
                <Badge severity="new" small noIcon>
                  Bientôt disponible
                </Badge>
              )}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
