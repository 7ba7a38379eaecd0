import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { StoredAgreement } from '@/lib/agreements/document-input';
import { AGREEMENT_OUTCOME_LABELS } from '@/lib/agreements/labels';
import { AgreementStateBadge } from './agreement-state-badge';
import {
  HOST_FIELD_LABELS,
  SCHOOL_FIELD_LABELS,
  type AgreementState,
  type HostField,
  type SchoolField,
} from '@/lib/agreements/rules';
import { formatDate, formatWeek } from '@/lib/calendar/format';
import { plural } from '@/lib/text/words';
import { signerRows, type SignersInput } from './signers-list';

/*
 * What every party reads at the top of a convention: whose internship, where, which week, its state
 * and what it still waits for (the fields each part misses, the signatures missing), then the PDF.
 */

export interface AgreementSummaryInput extends SignersInput {
  id: string;
  facts: StoredAgreement['facts'];
  state: AgreementState;
  missingHostFields: readonly string[];
  missingSchoolFields: readonly string[];
  cancellation: { at: Date; reason: string } | null;
  outcome?: keyof typeof AGREEMENT_OUTCOME_LABELS | null;
}

/** The convention in a few lines: state (and who is missing), pupil, school, host, offer, week. */
export function AgreementSummary({ agreement, tu = false }: { agreement: AgreementSummaryInput; tu?: boolean }) {
  const { facts } = agreement;
  const missing = signerRows(agreement).filter((row) => !row.signature);
  const line = (label: string, value: ReactNode) => (
    <li>
      <strong>{label} :</strong> {value}
    </li>
  );
  return (
    <>
      {agreement.cancellation && (
        <Alert
          role={undefined}
          className={fr.cx('fr-mb-3w')}
          severity="error"
          as="h2"
          title={`Convention annulée le ${formatDate(agreement.cancellation.at)}`}
          description={`Motif : ${agreement.cancellation.reason}`}
        />
      )}
      <p className={fr.cx('fr-mb-1w')}>
        <AgreementStateBadge state={agreement.state} />
        {agreement.outcome && (
          <>
            {' '}
            <Badge as="span" severity={agreement.outcome === 'completed' ? 'success' : 'warning'} noIcon>
              {AGREEMENT_OUTCOME_LABELS[agreement.outcome]}
            </Badge>
          </>
        )}
      </p>
      {(agreement.state === 'signing' || agreement.state === 'ready_to_sign') && (
        <p>
          {`En attente de ${plural(missing.length, 'signature')} : `}
          {missing
            .map((row) =>
              tu && row.party === 'pupil'
                ? 'toi'
                : row.name
                  ? `${row.name} (${row.partyLabel.toLowerCase()})`
                  : row.partyLabel,
            )
            .join(', ')}
          .
        </p>
      )}
      {agreement.state === 'to_complete' && (
        <p>
          {tu
            ? 'La structure d’accueil et ton collège complètent la convention ; tu la signeras ensuite, comme tes représentants légaux.'
            : 'Chaque partie complète la sienne ; les signatures viennent ensuite.'}
        </p>
      )}
      <ul>
        {line('Élève', `${facts.pupil.firstName} ${facts.pupil.lastName}, classe ${facts.pupil.className}`)}
        {line('Collège', facts.school.name)}
        {line('Structure d’accueil', facts.host.name)}
        {line('Stage', facts.internship.offerTitle)}
        {line('Période', formatWeek(facts.internship.weekMonday))}
      </ul>
    </>
  );
}

/** What each part still misses, with the labels of rules.ts; nothing when both are complete. */
export function MissingParts({ agreement }: { agreement: AgreementSummaryInput }) {
  const host = agreement.missingHostFields as HostField[];
  const school = agreement.missingSchoolFields as SchoolField[];
  if (agreement.cancellation || (!host.length && !school.length)) return null;
  const part = (title: string, fields: string[]) =>
    fields.length > 0 && (
      <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
        <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{title}</h3>
        <ul>
          {fields.map((field) => (
            <li key={field}>{field}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <section aria-labelledby="a-completer-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="a-completer-title" className={fr.cx('fr-h4')}>
        À compléter avant la signature
      </h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {part(
          'Partie de la structure d’accueil',
          host.map((field) => HOST_FIELD_LABELS[field]),
        )}
        {part(
          'Partie du collège',
          school.map((field) => SCHOOL_FIELD_LABELS[field]),
        )}
      </div>
    </section>
  );
}

/** The PDF, the same document for every party at every stage (a plain link: it is a download). */
export function AgreementPdfLink({ agreementId }: { agreementId: string }) {
  return (
    <p>
      <a
        className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-download-line', 'fr-btn--icon-left')}
        href={`/conventions/${agreementId}/pdf`}
      >
        Télécharger la convention (PDF)
      </a>
    </p>
  );
}
