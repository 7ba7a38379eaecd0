import { describe, expect, it } from 'vitest';
import { agreementSignatories, agreementText, isDraft } from './document';
import { agreementProblems } from './document-problems';
import type { AgreementDocumentInput, AgreementText } from './document-types';
import { agreementFingerprint } from './document-signatures';
import { agreementDocumentFixture } from './document-fixture';

const fullText = (text: AgreementText) =>
  [text.title, ...text.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)])].join('\n');
const sectionOf = (text: AgreementText, heading: string) => {
  const section = text.sections.find((s) => s.heading.includes(heading));
  if (!section) throw new Error(`no section ${heading}`);
  return section.paragraphs.map((p) => p.text);
};
const fingerprintOf = (input: AgreementDocumentInput) => agreementFingerprint(agreementText(input));
const LUNCH_NOTICE = 'Aucun repas n’est fourni par la structure d’accueil :';

describe('the text of the convention', () => {
  const text = agreementText(agreementDocumentFixture());
  const all = fullText(text);

  it('has every section the technical note and the model convention ask for, in order', () => {
    expect(text.title).toBe('Convention de stage d’observation en milieu professionnel – Maëva Rossi');
    expect(text.sections.map((s) => s.heading)).toEqual([
      'Entre les soussignés',
      'Article 1 – Objet',
      'Article 2 – Dates et horaires',
      'Article 3 – Activités prévues',
      'Article 4 – Encadrement et suivi',
      'Article 5 – Statut de l’élève',
      'Article 6 – Déjeuner',
      'Article 7 – Assurances',
      'Article 8 – Accident, absence et difficultés',
      'Article 9 – Conditions particulières de l’établissement',
      'Article 10 – Durée et signature',
    ]);
  });

  it('names every party with its details, accents intact', () => {
    const parties = sectionOf(text, 'Entre les soussignés');
    expect(parties.slice(0, 4)).toEqual([
      'L’établissement d’enseignement Collège Henri Barbusse (UAI 0930123A), 1 rue de la République, 93200 Saint-Denis, représenté par Hélène Lefèvre, Principale, ci-après «\u00a0l’établissement\u00a0» ;',
      'La structure d’accueil Médiathèque Elsa Triolet (SIRET 21930066500018), 4 place Paul Langevin, 93200 Saint-Denis, représentée par François Ngô, Directeur, ci-après «\u00a0la structure d’accueil\u00a0» ;',
      'L’élève Maëva Rossi, scolarisé(e) en classe de 3e B de l’établissement ;',
      'Et ses représentants légaux : Sandrine Rossi (sandrine.rossi@example.fr).',
    ]);
    for (const phrase of [
      'Le tuteur de l’élève dans la structure d’accueil est Zoé Martin, Bibliothécaire (zoe.martin@example.fr).',
      'Le professeur référent de l’élève dans l’établissement est Jérôme Caron (jerome.caron@ac-creteil.fr).',
      'par un contrat souscrit auprès de SMACL Assurances, n° RC-2027-0042.',
      'dans le cadre du stage «\u00a0Découvrir les métiers du livre\u00a0»',
      'Le stage a lieu à l’adresse suivante : 4 place Paul Langevin, 93200 Saint-Denis.',
    ])
      expect(all).toContain(phrase);
    expect(all).not.toContain('[à compléter]');
  });

  it('gives the week and each day’s hours in French with the presence of each day, 7 hours at most', () => {
    expect(sectionOf(text, 'Dates et horaires')).toEqual([
      'Le stage se déroule du lundi 18 janvier 2027 au vendredi 22 janvier 2027, aux horaires suivants :',
      'Le lundi 18 janvier 2027 : de 9 h à 17 h, pause déjeuner de 1 h, soit 7 h de présence.',
      'Le mardi 19 janvier 2027 : de 9 h à 17 h, pause déjeuner de 1 h, soit 7 h de présence.',
      'Le mercredi 20 janvier 2027 : de 9 h à 12 h 30, soit 3 h 30 de présence.',
      'Le jeudi 21 janvier 2027 : de 8 h 30 à 16 h 15, pause déjeuner de 45 min, soit 7 h de présence.',
      'Le vendredi 22 janvier 2027 : de 10 h à 16 h, pause déjeuner de 1 h, soit 5 h de présence.',
      'Soit 29 h 30 de présence sur la semaine. Les horaires de présence de l’élève ne dépassent pas 7 heures par jour ; ils ne peuvent être modifiés que par un avenant signé de toutes les parties.',
    ]);
  });

  it('says when a day has no presence, and lists days in order whatever the input order', () => {
    const input = agreementDocumentFixture((i) => {
      i.internship.schedule = [
        { day: 5, start: '09:00', end: '12:00', lunchBreakMinutes: 0 },
        { day: 1, start: '09:00', end: '12:00', lunchBreakMinutes: 0 },
      ];
    });
    const days = sectionOf(agreementText(input), 'Dates et horaires');
    expect(days[1]).toBe('Le lundi 18 janvier 2027 : de 9 h à 12 h, soit 3 h de présence.');
    expect(days[2]).toBe('Le mardi 19 janvier 2027 : pas de présence dans la structure d’accueil.');
    expect(days[5]).toBe('Le vendredi 22 janvier 2027 : de 9 h à 12 h, soit 3 h de présence.');
    expect(days[6]).toMatch(/^Soit 6 h de présence sur la semaine\./);
  });

  it('keeps activities, jobs and the school’s terms as their paragraphs', () => {
    expect(sectionOf(text, 'Activités prévues').slice(0, 4)).toEqual([
      'Accueil du public, rangement des collections.',
      'Préparation d’une animation pour les enfants.',
      'Métiers découverts :',
      'Bibliothécaire, médiateur numérique, agent d’accueil.',
    ]);
    expect(sectionOf(text, 'Conditions particulières')).toEqual([
      'L’élève se présente à l’heure.',
      'Toute absence est signalée au collège le jour même.',
    ]);
  });

  it('prints the date of birth when known, the SIRET only when there is one', () => {
    const input = agreementDocumentFixture((i) => {
      i.pupil.dateOfBirth = '2012-03-01';
      i.host.siret = null;
    });
    const all = fullText(agreementText(input));
    expect(all).toContain('L’élève Maëva Rossi, né(e) le 1er mars 2012, scolarisé(e)');
    expect(all).not.toContain('SIRET');
  });

  it('names both legal representatives in the order of their position', () => {
    const input = agreementDocumentFixture((i) => {
      i.legalRepresentatives = [
        { position: 2, name: 'Marco Rossi', email: 'marco.rossi@example.fr' },
        { position: 1, name: 'Sandrine Rossi', email: 'sandrine.rossi@example.fr' },
      ];
    });
    expect(fullText(agreementText(input))).toContain(
      'Et ses représentants légaux : Sandrine Rossi (sandrine.rossi@example.fr) et Marco Rossi (marco.rossi@example.fr).',
    );
    expect(agreementSignatories(input).map((s) => [s.party, s.position, s.name])).toEqual([
      ['school', null, 'Hélène Lefèvre'],
      ['host', null, 'François Ngô'],
      ['pupil', null, 'Maëva Rossi'],
      ['legal_representative', 1, 'Sandrine Rossi'],
      ['legal_representative', 2, 'Marco Rossi'],
    ]);
  });

  it('gives an organisation’s address as far as it is known, the place of the internship in full', () => {
    const input = agreementDocumentFixture((i) => {
      i.host.address = { street: '', postcode: '', commune: 'Saint-Denis' };
      i.school.address.street = '  ';
    });
    const all = fullText(agreementText(input));
    expect(all).toContain('Médiathèque Elsa Triolet (SIRET 21930066500018), Saint-Denis, représentée par');
    expect(all).toContain('Collège Henri Barbusse (UAI 0930123A), 93200 Saint-Denis, représenté par');
    expect(agreementProblems(input)).toEqual([]);
    const noPlace = agreementDocumentFixture((i) => (i.internship.place.street = ''));
    expect(fullText(agreementText(noPlace))).toContain(
      'Le stage a lieu à l’adresse suivante : [à compléter], 93200 Saint-Denis.',
    );
    expect(agreementProblems(noPlace)).toEqual(['À compléter : l’adresse du lieu du stage.']);
  });

  it('names the school’s insurance when there is one', () => {
    const input = agreementDocumentFixture((i) => {
      i.school.insurance = { insurer: 'MAE', policyNumber: '12345' };
    });
    expect(sectionOf(agreementText(input), 'Assurances')[1]).toBe(
      'Le chef d’établissement s’assure que la responsabilité civile de l’élève est couverte pour les dommages qu’il pourrait causer pendant le stage et sur le trajet. Cette assurance est souscrite auprès de MAE, contrat n° 12345.',
    );
  });

  it('reads as a draft before the host gave the hours and lunch: the week, "[à compléter]" for the rest', () => {
    const input = agreementDocumentFixture((i) => {
      i.internship.schedule = [];
      i.internship.lunch = null;
    });
    const text = agreementText(input);
    expect(sectionOf(text, 'Dates et horaires')).toEqual([
      'Le stage se déroule du lundi 18 janvier 2027 au vendredi 22 janvier 2027.',
      'Horaires de présence : [à compléter]',
    ]);
    expect(sectionOf(text, 'Déjeuner')).toEqual(['[à compléter]']);
    expect(isDraft(text)).toBe(true);
    expect(agreementProblems(input)).toEqual(['À compléter : les horaires de présence.', 'À compléter : le déjeuner.']);
  });

  it('reads "[à compléter]" where a fact is missing, and lists what is missing', () => {
    const input = agreementDocumentFixture((i) => {
      i.host.tutor.name = '  ';
      i.host.insurance.policyNumber = '';
    });
    expect(fullText(agreementText(input))).toContain(
      'Le tuteur de l’élève dans la structure d’accueil est [à compléter]',
    );
    expect(agreementProblems(input)).toEqual([
      'À compléter : le tuteur.',
      'À compléter : le numéro de contrat d’assurance de la structure d’accueil.',
    ]);
    expect(agreementProblems(agreementDocumentFixture())).toEqual([]);
    expect(isDraft(agreementText(input))).toBe(true);
    expect(isDraft(agreementText(agreementDocumentFixture()))).toBe(false);
  });
});

describe('lunch', () => {
  it('tells the pupil, highlighted, when the host offers no lunch (Annex 3)', () => {
    const lunch = agreementText(agreementDocumentFixture()).sections.find((s) => s.heading.includes('Déjeuner'))!;
    expect(lunch.paragraphs[0]).toEqual({
      text: `${LUNCH_NOTICE} l’élève apporte son déjeuner ou prend ses dispositions pour déjeuner à l’extérieur. Précisions : Une salle de pause avec micro-ondes est à disposition.`,
      notice: true,
    });
    expect(lunch.paragraphs[1]!.text).toContain('informés par la présente convention, lors de sa signature');
  });

  it('has no notice when the host invites the pupil or offers a reduced rate', () => {
    for (const arrangement of ['canteen_invitation', 'reduced_rate'] as const) {
      const text = agreementText(
        agreementDocumentFixture((i) => {
          i.internship.lunch = { arrangement, details: '' };
        }),
      );
      expect(fullText(text)).not.toContain(LUNCH_NOTICE);
      expect(text.sections.flatMap((s) => s.paragraphs).some((p) => p.notice)).toBe(false);
    }
    const invited = agreementText(
      agreementDocumentFixture((i) => {
        i.internship.lunch = { arrangement: 'canteen_invitation', details: 'Au restaurant du personnel.' };
      }),
    );
    expect(fullText(invited)).toContain(
      'La structure d’accueil invite l’élève à déjeuner chaque jour de présence. Précisions : Au restaurant du personnel.',
    );
  });
});

describe('the rules of the week and the hours', () => {
  const refused = (change: (i: AgreementDocumentInput) => void) => {
    const input = agreementDocumentFixture(change);
    expect(() => agreementText(input)).toThrow(RangeError);
    return agreementProblems(input);
  };

  it('refuses more than 7 hours of presence in a day', () => {
    const problems = refused((i) => {
      i.internship.schedule[0] = { day: 1, start: '09:00', end: '17:00', lunchBreakMinutes: 59 };
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^Le lundi : L’élève peut être présent 7 heures par jour au plus ; ces horaires font 7 h 01/,
      ),
    ]);
  });

  it('accepts exactly 7 hours', () => {
    const input = agreementDocumentFixture((i) => {
      i.internship.schedule = [{ day: 1, start: '08:00', end: '15:00', lunchBreakMinutes: 0 }];
    });
    expect(agreementProblems(input)).toEqual([]);
    expect(sectionOf(agreementText(input), 'Dates et horaires')[1]).toContain('soit 7 h de présence');
    // A time column read from PostgreSQL carries seconds: the same words, the same fingerprint.
    const withSeconds = agreementDocumentFixture((i) => {
      i.internship.schedule = [{ day: 1, start: '08:00:00', end: '15:00:00', lunchBreakMinutes: 0 }];
    });
    expect(fingerprintOf(withSeconds)).toBe(fingerprintOf(input));
  });

  it('refuses a week that does not start on a Monday, a day twice, a day off the week, bad times', () => {
    expect(refused((i) => (i.internship.weekMonday = '2027-01-19'))).toEqual([
      'La semaine de stage commence un lundi (2027-01-19).',
    ]);
    expect(refused((i) => (i.internship.schedule[1]!.day = 1))).toEqual([
      'Le lundi figure deux fois dans les horaires.',
    ]);
    expect(refused((i) => ((i.internship.schedule[4] as { day: number }).day = 6))).toEqual([
      'Jour de présence invalide : 6 (du lundi, 1, au vendredi, 5).',
    ]);
    expect(refused((i) => (i.internship.schedule[0]!.end = '25:00'))).toEqual(['Horaires invalides le lundi.']);
    expect(refused((i) => (i.internship.schedule[0]!.end = '08:00'))).toEqual([
      'Le lundi : L’heure de départ doit être après l’heure d’arrivée.',
    ]);
  });

  it('lists a malformed SIRET and a wrong number of legal representatives', () => {
    const input = agreementDocumentFixture((i) => {
      i.host.siret = '123';
      i.legalRepresentatives = [];
    });
    expect(agreementProblems(input)).toEqual([
      'Le SIRET de la structure compte 14 chiffres.',
      'La convention nomme un ou deux représentants légaux, chacun à sa place (1 ou 2).',
    ]);
  });
});
