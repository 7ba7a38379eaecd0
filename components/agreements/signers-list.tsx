import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { StoredAgreement } from '@/lib/agreements/document-input';
import { formatSignedAt } from '@/lib/agreements/document-signatures';
import { SIGNATORY_PARTY_LABELS } from '@/lib/agreements/labels';
import {
  requiredSigners,
  signerKey,
  type HostPart,
  type LegalRepresentative,
  type SchoolPart,
  type SignatoryParty,
} from '@/lib/agreements/rules';

/*
 * Who signs the convention (rules.ts requiredSigners), each with « Signé le … à … » or « En attente
 * de signature », the same on every page that shows a convention. Only a signature of the text as
 * it stands counts (its fingerprint): the mutations void the others anyway.
 */

export interface SignersInput {
  facts: StoredAgreement['facts'];
  hostPart: Partial<HostPart>;
  schoolPart: Partial<SchoolPart>;
  legalRepresentatives: readonly LegalRepresentative[];
  /** Live signatures. */
  signatures: readonly {
    party: SignatoryParty;
    legalRepresentativeId: string | null;
    signerName: string;
    signedAt: Date;
    textFingerprint: string;
  }[];
  /** The fingerprint of the text as it stands. */
  fingerprint: string;
}

export interface SignerRow {
  key: string;
  party: SignatoryParty;
  /** « Le collège », « Représentant légal »… */
  partyLabel: string;
  /** As the convention names the person; null while the part that names them is incomplete. */
  name: string | null;
  capacity: string | null;
  signature: { signerName: string; signedAt: Date } | null;
}

/** The required signers in the order they appear in the document, with their signature if any. */
export function signerRows(input: SignersInput): SignerRow[] {
  const signed = new Map(
    input.signatures.filter((s) => s.textFingerprint === input.fingerprint).map((s) => [signerKey(s), s] as const),
  );
  return requiredSigners(input.legalRepresentatives).map((signer) => {
    const key = signerKey(signer);
    const rep =
      signer.party === 'legal_representative'
        ? input.legalRepresentatives.find((r) => r.id === signer.legalRepresentativeId)
        : undefined;
    const person =
      signer.party === 'school'
        ? { name: input.schoolPart.signatory?.name, capacity: input.schoolPart.signatory?.role }
        : signer.party === 'host'
          ? { name: input.hostPart.representative?.name, capacity: input.hostPart.representative?.role }
          : signer.party === 'pupil'
            ? { name: `${input.facts.pupil.firstName} ${input.facts.pupil.lastName}`, capacity: 'Élève' }
            : { name: rep?.fullName, capacity: 'Représentant légal de l’élève' };
    const signature = signed.get(key);
    return {
      key,
      party: signer.party,
      partyLabel:
        signer.party === 'legal_representative' && input.legalRepresentatives.length > 1
          ? `${SIGNATORY_PARTY_LABELS.legal_representative} ${rep?.position ?? ''}`.trim()
          : SIGNATORY_PARTY_LABELS[signer.party],
      name: person.name?.trim() || null,
      capacity: person.capacity?.trim() || null,
      signature: signature ? { signerName: signature.signerName, signedAt: signature.signedAt } : null,
    };
  });
}

/** The signers as a list: who, in which capacity, and whether they signed (the state never by colour alone). */
export function SignersList({ agreement }: { agreement: SignersInput }) {
  const rows = signerRows(agreement);
  return (
    <ul className={fr.cx('fr-raw-list')}>
      {rows.map((row) => (
        <li
          key={row.key}
          className={fr.cx('fr-py-2w')}
          style={{ borderBottom: '1px solid var(--border-default-grey)' }}
        >
          <p className={fr.cx('fr-mb-1v')}>
            <strong>{row.partyLabel}</strong>
            {' : '}
            {row.name ?? 'à désigner dans la convention'}
            {row.name && row.capacity && `, ${row.capacity}`}
          </p>
          {row.signature ? (
            <p className={fr.cx('fr-mb-0')}>
              <Badge as="span" severity="success" small>
                Signé
              </Badge>{' '}
              Signé le {formatSignedAt(row.signature.signedAt)}
              {row.signature.signerName.trim() !== row.name && ` par ${row.signature.signerName}`}
            </p>
          ) : (
            <p className={fr.cx('fr-mb-0')}>
              <Badge as="span" severity="info" noIcon small>
                En attente de signature
              </Badge>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
