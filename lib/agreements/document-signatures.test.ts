import { describe, expect, it } from 'vitest';
import { agreementText } from './document';
import { agreementDocumentFixture } from './document-fixture';
import {
  agreementFingerprint,
  canonicalAgreementText,
  formatSignedAt,
  signatureLabel,
  signatureStatus,
  signatureSummary,
  type AgreementSignature,
} from './document-signatures';
import type { AgreementDocumentInput, AgreementText } from './document-types';

const fullText = (text: AgreementText) =>
  [text.title, ...text.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)])].join('\n');
const fingerprintOf = (input: AgreementDocumentInput) => agreementFingerprint(agreementText(input));

describe('the fingerprint', () => {
  const fingerprint = fingerprintOf(agreementDocumentFixture());

  it('is the SHA-256 of the canonical text, 64 hexadecimal digits, the same for the same input', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(agreementDocumentFixture())).toBe(fingerprint);
    expect(canonicalAgreementText(agreementText(agreementDocumentFixture()))).toMatch(
      /^\["mon-stage-de-troisieme\/convention\/v1","Convention de stage/,
    );
  });

  it('does not move with how the same words were typed: spaces, line breaks, decomposed accents', () => {
    const retyped = agreementDocumentFixture((i) => {
      i.pupil.firstName = ' Mae\u0308va '; // "ë" as "e" + combining diaeresis
      i.host.name = 'Médiathèque  Elsa\nTriolet';
      i.terms = 'L’élève se présente à l’heure.\r\n\r\n\r\nToute absence est signalée au collège le jour même.\n';
    });
    expect(fingerprintOf(retyped)).toBe(fingerprint);
  });

  it('changes when any one signed word changes', () => {
    const changes: ((i: AgreementDocumentInput) => void)[] = [
      (i) => (i.pupil.firstName = 'Maeva'),
      (i) => (i.pupil.className = '3e C'),
      (i) => (i.school.signatory.role = 'Principal adjoint'),
      (i) => (i.host.tutor.email = 'zoe.martin@example.com'),
      (i) => (i.host.insurance.policyNumber = 'RC-2027-0043'),
      (i) => (i.internship.weekMonday = '2027-01-25'),
      (i) => (i.internship.schedule[2]!.end = '12:00'),
      (i) => (i.internship.lunch!.arrangement = 'reduced_rate'),
      (i) => (i.internship.lunch!.details = 'Une salle de pause est à disposition.'),
      (i) => (i.internship.activities = 'Accueil du public.'),
      (i) => (i.terms = 'L’élève se présente à l’heure.'),
      (i) => (i.legalRepresentatives[0]!.email = 'sandrine@example.fr'),
    ];
    const fingerprints = changes.map((change) => fingerprintOf(agreementDocumentFixture(change)));
    expect(fingerprints).not.toContain(fingerprint);
    expect(new Set(fingerprints).size).toBe(changes.length);
  });

  it('changes when a paragraph moves from one section to the next, the same words in another order', () => {
    const text = agreementText(agreementDocumentFixture());
    const moved: AgreementText = {
      ...text,
      sections: text.sections.map((s, i) =>
        i === 0
          ? { ...s, paragraphs: s.paragraphs.slice(0, -1) }
          : i === 1
            ? { ...s, paragraphs: [text.sections[0]!.paragraphs.at(-1)!, ...s.paragraphs] }
            : s,
      ),
    };
    expect(agreementFingerprint(moved)).not.toBe(fingerprint);
  });
});

describe('signatures', () => {
  const input = agreementDocumentFixture();
  const fingerprint = fingerprintOf(input);
  // 13:05 UTC on 12 January is 14:05 in Paris (winter time), 00:05 the next day in Nouméa.
  const signedAt = new Date('2027-01-12T13:05:00Z');
  const school: AgreementSignature = {
    party: 'school',
    position: null,
    signerName: 'Hélène Lefèvre',
    signedAt,
    fingerprint,
  };

  it('are not part of the signed text: another party signing leaves the text and earlier signatures as they were', () => {
    const host: AgreementSignature = { ...school, party: 'host', signerName: 'François Ngô' };
    const after = fingerprintOf(input); // the input carries no signature: only its words are fingerprinted
    expect(after).toBe(fingerprint);
    expect(fullText(agreementText(input))).not.toMatch(/Signé le|En attente de signature/);
    for (const signatures of [[school], [school, host]])
      expect(signatureStatus({ party: 'school', position: null }, signatures, after).state).toBe('signed');
  });

  it('say when and in France’s time, whatever the server’s zone', () => {
    expect(formatSignedAt(signedAt)).toBe('12 janvier 2027 à 14 h 05');
    expect(formatSignedAt(new Date('2027-06-01T07:00:00Z'))).toBe('1er juin 2027 à 9 h');
    const status = signatureStatus({ party: 'school', position: null }, [school], fingerprint);
    expect(status).toEqual({ state: 'signed', signedAt, signerName: 'Hélène Lefèvre' });
    expect(signatureLabel(status, 'Hélène Lefèvre')).toBe('Signé le 12 janvier 2027 à 14 h 05');
    expect(signatureLabel(status, 'Hélène Dupont')).toBe('Signé le 12 janvier 2027 à 14 h 05 par Hélène Lefèvre');
  });

  it('are pending for a signatory who has not signed, matched by party and position', () => {
    const parent2: AgreementSignature = {
      ...school,
      party: 'legal_representative',
      position: 2,
      signerName: 'Marco Rossi',
    };
    expect(signatureStatus({ party: 'legal_representative', position: 1 }, [school, parent2], fingerprint)).toEqual({
      state: 'pending',
    });
    expect(signatureLabel({ state: 'pending' }, 'Sandrine Rossi')).toBe('En attente de signature');
    expect(signatureStatus({ party: 'legal_representative', position: 2 }, [parent2], fingerprint).state).toBe(
      'signed',
    );
  });

  it('are void once the text changed, until the signatory signs the new text', () => {
    const edited = fingerprintOf(agreementDocumentFixture((i) => (i.internship.activities = 'Accueil du public.')));
    const status = signatureStatus({ party: 'school', position: null }, [school], edited);
    expect(status).toEqual({ state: 'void', signedAt, signerName: 'Hélène Lefèvre', fingerprint });
    expect(signatureLabel(status, 'Hélène Lefèvre')).toBe(
      'Signature du 12 janvier 2027 à 14 h 05 annulée : le texte a été modifié depuis. En attente d’une nouvelle signature',
    );
    const again = { ...school, signedAt: new Date('2027-01-13T08:00:00Z'), fingerprint: edited };
    expect(signatureStatus({ party: 'school', position: null }, [again, school], edited).state).toBe('signed');
  });

  it('are summed up for the head of the block', () => {
    const signed = { state: 'signed', signedAt, signerName: 'X' } as const;
    expect(signatureSummary([{ state: 'pending' }, { state: 'pending' }])).toBe('Aucune signature pour ce texte.');
    expect(signatureSummary([signed, { state: 'pending' }, { ...signed, state: 'void', fingerprint: 'f' }])).toBe(
      'Signée par 1 des 3 signataires.',
    );
    expect(signatureSummary([signed, signed])).toBe('Signée par les 2 signataires.');
  });
});
