import type { AgreementFacts } from '@/db/schema/agreements';
import { agreementText } from './document';
import type { AgreementDocumentInput } from './document-types';
import { agreementFingerprint } from './document-signatures';
import type { HostPart, LegalRepresentative, SchoolPart } from './rules';

/*
 * A stored convention (facts, both parts, legal representatives) as the document's input: what its
 * text, its PDF and the fingerprint every signature records are made of. A part still incomplete
 * reads « [à compléter] » in the text (document.ts).
 */

export interface StoredAgreement {
  facts: AgreementFacts;
  hostPart: Partial<HostPart>;
  schoolPart: Partial<SchoolPart>;
  legalRepresentatives: readonly Pick<LegalRepresentative, 'position' | 'fullName' | 'email'>[];
}

export function agreementDocumentInput({
  facts,
  hostPart,
  schoolPart,
  legalRepresentatives,
}: StoredAgreement): AgreementDocumentInput {
  return {
    school: {
      ...facts.school,
      signatory: { name: schoolPart.signatory?.name ?? '', role: schoolPart.signatory?.role ?? '' },
      referringTeacher: {
        name: schoolPart.referringTeacher?.name ?? '',
        email: schoolPart.referringTeacher?.email || null,
      },
      insurance: schoolPart.insurance ?? null,
    },
    host: {
      ...facts.host,
      representative: hostPart.representative ?? { name: '', role: '' },
      tutor: {
        name: hostPart.tutor?.name ?? '',
        role: hostPart.tutor?.role ?? '',
        email: hostPart.tutor?.email ?? '',
        phone: hostPart.tutor?.phone || null,
      },
      insurance: hostPart.insurance ?? { insurer: '', policyNumber: '' },
    },
    pupil: { ...facts.pupil, dateOfBirth: null },
    legalRepresentatives: legalRepresentatives.map((rep) => ({
      position: rep.position as 1 | 2,
      name: rep.fullName,
      email: rep.email,
    })),
    internship: {
      ...facts.internship,
      activities: hostPart.activities ?? '',
      schedule: hostPart.schedule ?? [],
      lunch: hostPart.lunch ?? null,
    },
    terms: schoolPart.terms ?? '',
  };
}

/** SHA-256 of the convention's text as it stands: what a signature must carry to count. */
export function currentFingerprint(stored: StoredAgreement): string {
  return agreementFingerprint(agreementText(agreementDocumentInput(stored)));
}
