import { fr } from '@codegouvfr/react-dsfr';
import type { AgreementText } from '@/lib/agreements/document-types';

/**
 * The convention's text on the page, word for word what the PDF prints and what a signature's
 * fingerprint covers: so that a signer reads what they sign without opening the PDF.
 */
export function AgreementTextView({ text }: { text: AgreementText }) {
  return (
    <section aria-labelledby="agreement-text-title" className={fr.cx('fr-mb-4w')}>
      <h2 id="agreement-text-title">{text.title}</h2>
      {text.sections.map((section) => (
        <div key={section.heading}>
          <h3 className={fr.cx('fr-h6', 'fr-mt-3w', 'fr-mb-1w')}>{section.heading}</h3>
          {section.paragraphs.map((paragraph, i) =>
            paragraph.notice ? (
              <p key={i} className={fr.cx('fr-callout', 'fr-p-2w')}>
                <strong>{paragraph.text}</strong>
              </p>
            ) : (
              <p key={i} style={{ whiteSpace: 'pre-line' }}>
                {paragraph.text}
              </p>
            ),
          )}
        </div>
      ))}
    </section>
  );
}
