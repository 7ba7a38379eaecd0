/**
 * The demo campaign's cast: fixed UUIDs so e2e tests and screenshots can rely on them. Schools are
 * real REP+/REP collèges (public directory facts); organisations and people are fictional.
 */
export const demoId = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_SECTORS = {
  logistics: '19ccd244-5fac-4ad9-8513-7488d0980f4c',
  computing: 'bfd92448-5eae-4d99-ae2c-67fffc8fec69',
  publicAdministration: 'f329c1e8-30db-48b4-babb-52e2c90d7287',
  sport: '01d06ada-55be-4ebf-8ad2-2666e7a7f521',
  paramedical: '89946839-8e18-4087-b48d-e6ee5f7d8480',
  retail: 'ae267ff2-76d5-460a-9a41-3b820c392149',
} as const;

/** [id, UAI, name, commune INSEE code, postcode, department, network, registered, offset in km east/north] */
export const DEMO_SCHOOLS = [
  [demoId(101), '0931232J', 'Collège Henri Barbusse', '93066', '93200', '93', 'rep', true, [0, 0]],
  [demoId(102), '0932366S', 'Collège Robert Doisneau', '93014', '93390', '93', 'rep_plus', false, [0, 0]],
  [demoId(103), '0931223Z', 'Collège Gustave Courbet', '93059', '93380', '93', 'rep', false, [0, 0]],
  [demoId(104), '0131935H', 'Collège Edgar Quinet', '13055', '13003', '13', 'rep_plus', true, [0.5, 5.8]],
  [demoId(105), '0132408X', 'Collège Jules Ferry', '13055', '13015', '13', 'rep_plus', false, [-1.2, 9.7]],
  [demoId(106), '0132214L', 'Collège Henri Fabre', '13117', '13127', '13', 'rep_plus', false, [0, 0]],
  // Outside priority education: its head is told why it cannot be registered (no derogation yet).
  [demoId(107), '0931439J', 'Collège Marie Curie', '93045', '93260', '93', 'none', false, [0, 0]],
  // Henri Barbusse's registered neighbour (no staff account): its class shows in the week picker's counts.
  [demoId(108), '0931184G', 'Collège Jean Moulin', '93001', '93300', '93', 'rep_plus', true, [0, 0]],
] as const;

export type DemoPerson = { id: string; email: string; firstName: string; lastName: string };
const person = (n: number, email: string, firstName: string, lastName: string): DemoPerson => ({
  id: demoId(n),
  email,
  firstName,
  lastName,
});

export const PEOPLE = {
  admin: person(1, 'admin@demo.test', 'Camille', 'Roussel'),
  head: person(2, 'principal@demo.test', 'Nadia', 'Belkacem'),
  teacher: person(3, 'professeur@demo.test', 'Julien', 'Marchand'),
  headMarseille: person(4, 'principal.marseille@demo.test', 'Pierre', 'Santoni'),
  host: person(5, 'entreprise@demo.test', 'Sophie', 'Lemaire'),
  publicHost: person(6, 'administration@demo.test', 'Karim', 'Bensaïd'),
  operator: person(7, 'operateur@demo.test', 'Léa', 'Fontaine'),
  rep93: person(8, 'referent.93@demo.test', 'Thomas', 'Girard'),
  repIdf: person(9, 'referent.idf@demo.test', 'Hélène', 'Dubois'),
  repInterior: person(10, 'referent.interieur@demo.test', 'Isabelle', 'Moreau'),
};

/** [person, school, class key, gender, parental consent recorded] */
export const PUPILS = [
  [person(21, 'eleve@demo.test', 'Inès', 'Benali'), 101, 'A', 'girl', true],
  [person(22, 'eleve.attente@demo.test', 'Yanis', 'Haddad'), 101, 'A', 'boy', false],
  [person(23, 'moussa.diallo@demo.test', 'Moussa', 'Diallo'), 101, 'A', 'boy', true],
  [person(24, 'sarah.nguyen@demo.test', 'Sarah', 'Nguyen'), 101, 'A', 'girl', true],
  [person(25, 'adam.mansouri@demo.test', 'Adam', 'Mansouri'), 101, 'B', 'boy', true],
  [person(26, 'lina.traore@demo.test', 'Lina', 'Traoré'), 101, 'B', 'not_stated', true],
  [person(27, 'rayan.cherif@demo.test', 'Rayan', 'Chérif'), 104, '1', 'boy', true],
  [person(28, 'maeva.rossi@demo.test', 'Maëva', 'Rossi'), 104, '1', 'girl', false],
  [person(41, 'ilyes.bouzid@demo.test', 'Ilyès', 'Bouzid'), 108, 'M', 'boy', true],
  [person(42, 'awa.sissoko@demo.test', 'Awa', 'Sissoko'), 108, 'M', 'girl', true],
  [person(43, 'tom.da-silva@demo.test', 'Tom', 'Da Silva'), 108, 'M', 'boy', false],
] as const;

/** Class key -> [id, school, name, indexes of the demo weeks it takes its internship] */
export const CLASSES = {
  A: [demoId(201), demoId(101), '3e A', [0, 1]],
  B: [demoId(202), demoId(101), '3e B', [2]],
  '1': [demoId(203), demoId(104), '3e 1', [1, 3]],
  M: [demoId(207), demoId(108), '3e 2', [1, 4]],
} as const;
