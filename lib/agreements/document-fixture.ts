import type { AgreementDocumentInput } from './document-types';

/*
 * A complete convention for tests: Maëva Rossi of 3e B at Collège Henri Barbusse (Saint-Denis), one
 * week at the Médiathèque Elsa Triolet from Monday 18 January 2027, no lunch offered, a Wednesday
 * afternoon off. Each test changes what it is about with `change`.
 */
export function agreementDocumentFixture(
  change: (input: AgreementDocumentInput) => void = () => {},
): AgreementDocumentInput {
  const input: AgreementDocumentInput = {
    school: {
      name: 'Collège Henri Barbusse',
      uai: '0930123A',
      address: { street: '1 rue de la République', postcode: '93200', commune: 'Saint-Denis' },
      signatory: { name: 'Hélène Lefèvre', role: 'Principale' },
      referringTeacher: { name: 'Jérôme Caron', email: 'jerome.caron@ac-creteil.fr' },
      insurance: null,
    },
    host: {
      name: 'Médiathèque Elsa Triolet',
      address: { street: '4 place Paul Langevin', postcode: '93200', commune: 'Saint-Denis' },
      siret: '21930066500018',
      representative: { name: 'François Ngô', role: 'Directeur' },
      tutor: { name: 'Zoé Martin', role: 'Bibliothécaire', email: 'zoe.martin@example.fr', phone: null },
      insurance: { insurer: 'SMACL Assurances', policyNumber: 'RC-2027-0042' },
    },
    pupil: { firstName: 'Maëva', lastName: 'Rossi', className: '3e B', dateOfBirth: null },
    legalRepresentatives: [{ position: 1, name: 'Sandrine Rossi', email: 'sandrine.rossi@example.fr' }],
    internship: {
      offerTitle: 'Découvrir les métiers du livre',
      place: { street: '4 place Paul Langevin', postcode: '93200', commune: 'Saint-Denis' },
      activities: 'Accueil du public, rangement des collections.\n\nPréparation d’une animation pour les enfants.',
      jobsDiscovered: 'Bibliothécaire, médiateur numérique, agent d’accueil.',
      weekMonday: '2027-01-18',
      schedule: [
        { day: 1, start: '09:00', end: '17:00', lunchBreakMinutes: 60 },
        { day: 2, start: '09:00', end: '17:00', lunchBreakMinutes: 60 },
        { day: 3, start: '09:00', end: '12:30', lunchBreakMinutes: 0 },
        { day: 4, start: '08:30', end: '16:15', lunchBreakMinutes: 45 },
        { day: 5, start: '10:00', end: '16:00', lunchBreakMinutes: 60 },
      ],
      lunch: { arrangement: 'none', details: 'Une salle de pause avec micro-ondes est à disposition.' },
    },
    terms: 'L’élève se présente à l’heure.\n\nToute absence est signalée au collège le jour même.',
  };
  change(input);
  return input;
}
