import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { agreementText } from './document';
import { agreementFingerprint, type AgreementSignature } from './document-signatures';
import { agreementDocumentFixture } from './document-fixture';
import { renderAgreementPdf } from './document-pdf';

// poppler-utils, as a party's PDF reader would see the text (CI installs it); line breaks and
// no-break spaces read as plain spaces.
const textOf = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

const options = { printedAt: new Date('2027-01-12T15:00:00Z') };
const input = agreementDocumentFixture((i) => {
  i.legalRepresentatives.push({ position: 2, name: 'Inès Benali', email: 'ines.benali@example.fr' });
});
const fingerprint = agreementFingerprint(agreementText(input));
// 13:05 UTC is 14:05 in Paris in January (and 00:05 the next day where Vitest runs, Nouméa).
const signed = (party: AgreementSignature['party'], signerName: string, at: string, position: 1 | 2 | null = null) => ({
  party,
  position,
  signerName,
  signedAt: new Date(at),
  fingerprint,
});

describe('the convention as a PDF', () => {
  it('reads back the pupil’s name with its accents, the lunch notice, the fingerprint and each signature', async () => {
    const pdf = await renderAgreementPdf(
      input,
      [
        signed('school', 'Hélène Lefèvre', '2027-01-12T13:05:00Z'),
        signed('legal_representative', 'Inès Benali', '2027-01-12T14:30:00Z', 2),
      ],
      options,
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = textOf(pdf);
    for (const phrase of [
      'Convention de stage d’observation en milieu professionnel – Maëva Rossi',
      'L’élève Maëva Rossi, scolarisé(e) en classe de 3e B',
      'Et ses représentants légaux : Sandrine Rossi (sandrine.rossi@example.fr) et Inès Benali (ines.benali@example.fr).',
      'Aucun repas n’est fourni par la structure d’accueil : l’élève apporte son déjeuner ou prend ses dispositions pour déjeuner à l’extérieur.',
      'Le jeudi 21 janvier 2027 : de 8 h 30 à 16 h 15, pause déjeuner de 45 min, soit 7 h de présence.',
      'Le tuteur de l’élève dans la structure d’accueil est Zoé Martin',
      `Signatures Signée par 2 des 5 signataires. Empreinte SHA-256 du texte de cette convention, que chaque signature enregistre : une signature « Signé le … » ci-dessous porte sur ce texte exact. ${fingerprint} `,
      // Each signatory in the order they sign: name, capacity, then the signature or its absence.
      'Hélène Lefèvre – Principale, pour Collège Henri Barbusse Signé le 12 janvier 2027 à 14 h 05 ' +
        'François Ngô – Directeur, pour Médiathèque Elsa Triolet En attente de signature ' +
        'Maëva Rossi – Élève En attente de signature ' +
        'Sandrine Rossi – Représentant légal de l’élève En attente de signature ' +
        'Inès Benali – Représentant légal de l’élève Signé le 12 janvier 2027 à 15 h 30',
    ])
      expect(text).toContain(phrase);
    expect(text).toContain(`Document édité le 12 janvier 2027 · empreinte ${fingerprint.slice(0, 16)}… · page 1 sur 3`);
  });

  it('prints the same signed text whatever the signatures: only the signature block differs', async () => {
    const signatureBlock = / Signatures (Aucune signature|Signée par).*$/;
    const draft = textOf(await renderAgreementPdf(input, [], options));
    const signedByAll = textOf(
      await renderAgreementPdf(
        input,
        [
          signed('school', 'Hélène Lefèvre', '2027-01-12T13:05:00Z'),
          signed('host', 'François Ngô', '2027-01-12T13:10:00Z'),
          signed('pupil', 'Maëva Rossi', '2027-01-12T17:00:00Z'),
          signed('legal_representative', 'Sandrine Rossi', '2027-01-12T17:01:00Z', 1),
          signed('legal_representative', 'Inès Benali', '2027-01-12T17:02:00Z', 2),
        ],
        options,
      ),
    );
    // The footer (fixed on every page) may read before or after the block: compare without it.
    const body = (text: string) =>
      text
        .replace(/Document édité le [^·]+ · empreinte [0-9a-f]{16}… · page \d sur \d/g, '')
        .replace(signatureBlock, '');
    expect(body(signedByAll)).toBe(body(draft));
    expect(draft).not.toMatch(/Signé le \d/);
    expect(signedByAll).not.toContain('En attente de signature');
    expect(signedByAll).toContain('Signatures Signée par les 5 signataires. ');
    expect(draft).toContain('Signatures Aucune signature pour ce texte.');
    expect(signedByAll).toContain(` ${fingerprint} `);
  });

  it('shows a signature given to an earlier text as void, with the fingerprint it signed', async () => {
    const earlier = '0'.repeat(64);
    const text = textOf(
      await renderAgreementPdf(
        input,
        [{ ...signed('school', 'Hélène Lefèvre', '2027-01-12T13:05:00Z'), fingerprint: earlier }],
        options,
      ),
    );
    expect(text).toContain(
      'Signature du 12 janvier 2027 à 14 h 05 annulée : le texte a été modifié depuis. En attente d’une nouvelle signature',
    );
    expect(text).toContain(`Empreinte signée : ${earlier}`);
  });

  it('has no lunch notice when the host invites the pupil', async () => {
    const invited = agreementDocumentFixture((i) => {
      i.internship.lunch = { arrangement: 'canteen_invitation', details: '' };
    });
    const text = textOf(await renderAgreementPdf(invited, [], options));
    expect(text).not.toContain('Aucun repas');
    expect(text).toContain('La structure d’accueil invite l’élève à déjeuner chaque jour de présence.');
  });

  it('says it is a draft while a fact is missing, and prints the banner it is given', async () => {
    const draft = agreementDocumentFixture((i) => (i.host.insurance.policyNumber = ''));
    const text = textOf(
      await renderAgreementPdf(draft, [], { ...options, banner: 'Convention annulée le 14 janvier 2027.' }),
    );
    expect(text).toMatch(
      /^Convention annulée le 14 janvier 2027\. Projet de convention : des informations restent à compléter avant la signature\. Convention de stage/,
    );
    expect(text).toContain('auprès de SMACL Assurances, n° [à compléter].');
    expect(textOf(await renderAgreementPdf(input, [], options))).not.toContain('Projet de convention');
  });

  it('runs long terms over pages without losing a word, even as one paragraph', async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `mot${i}`);
    const long = agreementDocumentFixture((i) => (i.terms = words.join(' ')));
    const text = textOf(await renderAgreementPdf(long, [], options));
    expect(text).toContain(`Article 9 – Conditions particulières de l’établissement ${words.slice(0, 50).join(' ')}`);
    expect(text.match(/mot\d+/g)).toEqual(words);
    expect(text).toMatch(/page 1 sur ([5-9])/);
  });
});
