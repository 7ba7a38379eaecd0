import { createHash } from 'node:crypto';
import type { lunchArrangement, signatoryParty } from '@/db/schema/enums';
import { formatDate, formatDateTime, formatDay } from '@/lib/calendar/format';
import { addDays, isIsoDate, isMonday, type IsoDate } from '@/lib/calendar/weeks';
import { dailyPresenceMinutes, formatDuration, hoursRefusal } from '@/lib/offers/rules';

/*
 * The convention of an internship (issue 13, « The document »): one text, the same for every party,
 * built from plain values so that it never depends on the database (queries map rows to
 * AgreementDocumentInput). Its contents follow what the technical note of 24 July 2019 (I.1) asks
 * of the convention, "les modalités d'encadrement et de suivi de l'élève", signed by the school,
 * the host, the pupil and the legal representatives before the first day, within the frame of the
 * texts the note cites (code de l'éducation D. 331-1 to D. 331-9, circulaire n° 2003-134): the
 * parties, the week and the daily hours (Annex 3 of the circular: 7 hours a day at most over five
 * days), the activities, the tutor and the referring teacher, the pupil's status, lunch (Annex 3:
 * when the host offers none, the pupil is told at the signature of the convention), insurance,
 * accidents, and the school's own terms.
 *
 * agreementText gives the exact words every party signs; agreementFingerprint their SHA-256. The
 * signature block (who signed, when) is deliberately NOT part of that text: see agreementFingerprint.
 */

export type LunchArrangement = (typeof lunchArrangement.enumValues)[number];

export interface PostalAddress {
  street: string;
  postcode: string;
  commune: string;
}

/** A civil liability insurance: who insures, under which contract. */
export interface Insurance {
  insurer: string;
  policyNumber: string;
}

/** A person who signs for an organisation, and in which capacity ("Principale", "Directrice des ressources humaines"). */
export interface SigningPerson {
  name: string;
  role: string;
}

/** ISO day of the week: 1 = Monday ... 5 = Friday (an internship is five days at most, Annex 3). */
export type WorkDay = 1 | 2 | 3 | 4 | 5;

/** One day of presence: arrival and departure ('HH:MM' or 'HH:MM:00', the host's local time) and the lunch break. */
export interface DaySchedule {
  day: WorkDay;
  start: string;
  end: string;
  lunchBreakMinutes: number;
}

export interface AgreementDocumentInput {
  school: {
    name: string;
    uai: string;
    /** Street and postcode may be empty when the national directory lacks them. */
    address: PostalAddress;
    /** The head (or deputy) who signs for the school. */
    signatory: SigningPerson;
    /** The teacher who follows the pupil during the week and visits or calls the host. */
    referringTeacher: { name: string; email: string | null };
    /** The school's insurance of the pupil's civil liability, when it names one (else the text states the obligation). */
    insurance: Insurance | null;
  };
  host: {
    name: string;
    /** The organisation's address (street and postcode may be empty: hosts record their commune); where the pupil goes is `internship.place`. */
    address: PostalAddress;
    /** 14 digits, or null for organisations without one. */
    siret: string | null;
    representative: SigningPerson;
    tutor: { name: string; role: string; email: string; phone: string | null };
    insurance: Insurance;
  };
  pupil: {
    firstName: string;
    lastName: string;
    className: string;
    /**
     * Printed when known. The technical note does not ask for it and the platform does not collect it
     * today (data minimisation); academies' convention forms often do: an open question.
     */
    dateOfBirth: IsoDate | null;
  };
  /** One or two, each of whom signs; `position` stays with the person when the other is removed. */
  legalRepresentatives: { position: 1 | 2; name: string; email: string }[];
  internship: {
    offerTitle: string;
    /** Where the pupil goes each day (an offer's address). */
    place: PostalAddress;
    /** What the pupil will observe and do (an offer's description). */
    activities: string;
    /** The jobs the pupil will discover (Annex 3), possibly empty. */
    jobsDiscovered: string;
    weekMonday: IsoDate;
    /** The days of presence, each at most once; a day left out is a day without presence; none yet: a draft. */
    schedule: DaySchedule[];
    /** Null until the host says how the pupil will have lunch. */
    lunch: { arrangement: LunchArrangement; details: string } | null;
  };
  /** The school's standard terms, paragraphs separated by blank lines. */
  terms: string;
}

export interface AgreementParagraph {
  text: string;
  /** A notice the reader must not miss (lunch when the host offers none): highlighted in print. */
  notice?: true;
}

export interface AgreementSection {
  heading: string;
  paragraphs: AgreementParagraph[];
}

/** The signed words, in reading order. */
export interface AgreementText {
  title: string;
  sections: AgreementSection[];
}

export type SignatoryParty = (typeof signatoryParty.enumValues)[number];

/** Who signs: a party, and for a legal representative which one (1 or 2; null for the other parties). */
export interface SignatoryRef {
  party: SignatoryParty;
  position: 1 | 2 | null;
}

export interface Signatory extends SignatoryRef {
  /** As the text names the person. */
  name: string;
  /** In which capacity the person signs, as printed under the name. */
  capacity: string;
}

/** A recorded signature (a live row of agreement_signatures): who, when, and the fingerprint of the text signed. */
export interface AgreementSignature extends SignatoryRef {
  /** The full name the signer typed. */
  signerName: string;
  signedAt: Date;
  fingerprint: string;
}

export type SignatureStatus =
  | { state: 'pending' }
  | { state: 'signed'; signedAt: Date; signerName: string }
  /** Signed, but another text: the text changed since, so this signature no longer counts. */
  | { state: 'void'; signedAt: Date; signerName: string; fingerprint: string };

const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
const MISSING = '[à compléter]';
const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'] as const;
const SIRET = /^\d{14}$/;
// 'HH:MM', or 'HH:MM:00' as PostgreSQL returns a time column.
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(:00)?$/;

/** One line of user text: spaces and line breaks collapsed, Unicode composed, "[à compléter]" when empty. */
function line(value: string | null | undefined): string {
  const text = (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return text === '' ? MISSING : text;
}

/** A user's free text as paragraphs: split on blank lines, each paragraph on one line; none when empty. */
function paragraphsOf(value: string): AgreementParagraph[] {
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((text) => ({ text }));
}

/** Where the pupil goes: the full address, "[à compléter]" for any part missing. */
const placeOf = (a: PostalAddress) => `${line(a.street)}, ${line(a.postcode)} ${line(a.commune)}`;

/**
 * An organisation's address as the platform knows it: hosts record only their postcode and commune,
 * schools their street when the national directory gives it. The commune alone is required.
 */
function organisationAddressOf(a: PostalAddress): string {
  const town = [a.postcode, a.commune].filter((part) => part.trim() !== '').map(line);
  return [...(a.street.trim() === '' ? [] : [line(a.street)]), town.length > 0 ? town.join(' ') : MISSING].join(', ');
}

/** '09:00' -> '9 h', '08:30' -> '8 h 30', as French writes a time of day. */
export function formatClock(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${Number(hours)} h${minutes === '00' ? '' : ` ${minutes}`}`;
}

/** "12 janvier 2027 à 14 h 05": an instant in France's time (Europe/Paris), as the signature block reads it. */
export function formatSignedAt(date: Date): string {
  return formatDateTime(date).replace(/(\d{1,2}):(\d{2})$/, (_, h: string, m: string) => formatClock(`${h}:${m}`));
}

/** "Maëva Rossi". */
export const pupilName = (pupil: AgreementDocumentInput['pupil']) => `${line(pupil.firstName)} ${line(pupil.lastName)}`;

/** The date of each day of the week, "lundi 12 octobre 2026". */
function dayLabel(monday: IsoDate, day: WorkDay): string {
  return `${DAY_NAMES[day - 1]} ${formatDay(addDays(monday, day - 1))}`;
}

/**
 * What keeps this input from making a convention that may be signed: rules broken (the week, the
 * daily hours of Annex 3, the SIRET) and facts still missing. agreementText refuses broken rules
 * and prints "[à compléter]" for missing facts, so a draft can be read before it is complete; a
 * convention is opened for signature only when this list is empty.
 */
export function agreementProblems(input: AgreementDocumentInput): string[] {
  const problems = scheduleProblems(input.internship);
  const { school, host, pupil, internship } = input;
  if (host.siret !== null && !SIRET.test(host.siret)) problems.push('Le SIRET de la structure compte 14 chiffres.');
  if (pupil.dateOfBirth !== null && !isIsoDate(pupil.dateOfBirth))
    problems.push('La date de naissance de l’élève est invalide.');
  const positions = input.legalRepresentatives.map((r) => r.position);
  if (positions.length < 1 || positions.length > 2 || new Set(positions).size !== positions.length)
    problems.push('La convention nomme un ou deux représentants légaux, chacun à sa place (1 ou 2).');
  const required: [string, string][] = [
    ['le nom de l’établissement', school.name],
    ['l’UAI de l’établissement', school.uai],
    ['la commune de l’établissement', school.address.commune],
    ['le signataire de l’établissement', school.signatory.name],
    ['la fonction du signataire de l’établissement', school.signatory.role],
    ['le professeur référent', school.referringTeacher.name],
    ['le nom de la structure d’accueil', host.name],
    ['la commune de la structure d’accueil', host.address.commune],
    ['le représentant de la structure d’accueil', host.representative.name],
    ['la fonction du représentant de la structure d’accueil', host.representative.role],
    ['le tuteur', host.tutor.name],
    ['la fonction du tuteur', host.tutor.role],
    ['l’adresse électronique du tuteur', host.tutor.email],
    ['l’assureur de la structure d’accueil', host.insurance.insurer],
    ['le numéro de contrat d’assurance de la structure d’accueil', host.insurance.policyNumber],
    ['le prénom de l’élève', pupil.firstName],
    ['le nom de l’élève', pupil.lastName],
    ['la classe de l’élève', pupil.className],
    ['l’adresse du lieu du stage', internship.place.street],
    ['le code postal du lieu du stage', internship.place.postcode],
    ['la commune du lieu du stage', internship.place.commune],
    ['les activités prévues', internship.activities],
    ...input.legalRepresentatives.flatMap((r): [string, string][] => [
      [`le nom du représentant légal ${r.position}`, r.name],
      [`l’adresse électronique du représentant légal ${r.position}`, r.email],
    ]),
  ];
  for (const [what, value] of required) if (value.trim() === '') problems.push(`À compléter : ${what}.`);
  if (internship.schedule.length === 0) problems.push('À compléter : les horaires de présence.');
  if (!internship.lunch) problems.push('À compléter : le déjeuner.');
  return problems;
}

/** The week and daily hours against Annex 3: a Monday, days 1 to 5 at most once each, 1 to 7 hours each. */
function scheduleProblems(internship: AgreementDocumentInput['internship']): string[] {
  const problems: string[] = [];
  if (!isIsoDate(internship.weekMonday) || !isMonday(internship.weekMonday))
    problems.push(`La semaine de stage commence un lundi (${internship.weekMonday}).`);
  const seen = new Set<number>();
  for (const day of internship.schedule) {
    if (!Number.isInteger(day.day) || day.day < 1 || day.day > 5) {
      problems.push(`Jour de présence invalide : ${day.day} (du lundi, 1, au vendredi, 5).`);
      continue;
    }
    const name = DAY_NAMES[day.day - 1];
    if (seen.has(day.day)) problems.push(`Le ${name} figure deux fois dans les horaires.`);
    seen.add(day.day);
    if (!CLOCK.test(day.start) || !CLOCK.test(day.end) || !(day.lunchBreakMinutes >= 0)) {
      problems.push(`Horaires invalides le ${name}.`);
      continue;
    }
    const refusal = hoursRefusal({
      dailyStart: day.start,
      dailyEnd: day.end,
      lunchBreakMinutes: day.lunchBreakMinutes,
    });
    if (refusal) problems.push(`Le ${name} : ${refusal}`);
  }
  return problems;
}

function scheduleParagraphs(internship: AgreementDocumentInput['internship']): AgreementParagraph[] {
  const monday = internship.weekMonday;
  const week = `Le stage se déroule du ${dayLabel(monday, 1)} au ${dayLabel(monday, 5)}`;
  if (internship.schedule.length === 0) return [{ text: `${week}.` }, { text: `Horaires de présence : ${MISSING}` }];
  const byDay = new Map(internship.schedule.map((d) => [d.day, d]));
  let total = 0;
  const days = ([1, 2, 3, 4, 5] as const).map((day): AgreementParagraph => {
    const label = dayLabel(monday, day);
    const hours = byDay.get(day);
    if (!hours) return { text: `Le ${label} : pas de présence dans la structure d’accueil.` };
    const presence = dailyPresenceMinutes({
      dailyStart: hours.start,
      dailyEnd: hours.end,
      lunchBreakMinutes: hours.lunchBreakMinutes,
    });
    total += presence;
    const pause = hours.lunchBreakMinutes > 0 ? `, pause déjeuner de ${formatDuration(hours.lunchBreakMinutes)}` : '';
    return {
      text: `Le ${label} : de ${formatClock(hours.start)} à ${formatClock(hours.end)}${pause}, soit ${formatDuration(presence)} de présence.`,
    };
  });
  return [
    { text: `${week}, aux horaires suivants :` },
    ...days,
    {
      text: `Soit ${formatDuration(total)} de présence sur la semaine. Les horaires de présence de l’élève ne dépassent pas 7 heures par jour ; ils ne peuvent être modifiés que par un avenant signé de toutes les parties.`,
    },
  ];
}

function lunchParagraphs(lunch: AgreementDocumentInput['internship']['lunch']): AgreementParagraph[] {
  if (!lunch) return [{ text: MISSING }];
  const details = paragraphsOf(lunch.details).map((p) => p.text);
  const more = details.length > 0 ? ` Précisions : ${details.join(' ')}` : '';
  switch (lunch.arrangement) {
    case 'canteen_invitation':
      return [{ text: `La structure d’accueil invite l’élève à déjeuner chaque jour de présence.${more}` }];
    case 'reduced_rate':
      return [
        {
          text: `L’élève peut déjeuner au restaurant collectif de la structure d’accueil à un tarif préférentiel.${more}`,
        },
      ];
    case 'none':
      return [
        {
          text: `Aucun repas n’est fourni par la structure d’accueil : l’élève apporte son déjeuner ou prend ses dispositions pour déjeuner à l’extérieur.${more}`,
          notice: true,
        },
        {
          text: 'Conformément à l’annexe 3 de la circulaire du 31 juillet 2019, l’élève et ses représentants légaux en sont informés par la présente convention, lors de sa signature.',
        },
      ];
  }
}

/** The legal representatives in the order of their position. */
const representativesOf = (input: AgreementDocumentInput) =>
  [...input.legalRepresentatives].sort((a, b) => a.position - b.position);

/** The parties, in the order they sign, with the capacity each signs in. */
export function agreementSignatories(input: AgreementDocumentInput): Signatory[] {
  return [
    {
      party: 'school',
      position: null,
      name: line(input.school.signatory.name),
      capacity: `${line(input.school.signatory.role)}, pour ${line(input.school.name)}`,
    },
    {
      party: 'host',
      position: null,
      name: line(input.host.representative.name),
      capacity: `${line(input.host.representative.role)}, pour ${line(input.host.name)}`,
    },
    { party: 'pupil', position: null, name: pupilName(input.pupil), capacity: 'Élève' },
    ...representativesOf(input).map((r): Signatory => ({
      party: 'legal_representative',
      position: r.position,
      name: line(r.name),
      capacity: 'Représentant légal de l’élève',
    })),
  ];
}

/**
 * The exact words every party signs. Throws a RangeError when the week or the daily hours break the
 * rules (agreementProblems says which); facts still missing read "[à compléter]".
 */
export function agreementText(input: AgreementDocumentInput): AgreementText {
  const rules = scheduleProblems(input.internship);
  if (rules.length > 0) throw new RangeError(rules.join(' '));
  const { school, host, pupil, internship } = input;
  const schoolName = line(school.name);
  const hostName = line(host.name);
  const name = pupilName(pupil);
  const born = pupil.dateOfBirth && isIsoDate(pupil.dateOfBirth) ? `, né(e) le ${formatDay(pupil.dateOfBirth)}` : '';
  const siret = host.siret ? ` (SIRET ${host.siret})` : '';
  const representatives = representativesOf(input)
    .map((r) => `${line(r.name)} (${line(r.email)})`)
    .join(' et ');
  const tutorPhone = host.tutor.phone?.trim() ? `, téléphone ${line(host.tutor.phone)}` : '';
  const teacherEmail = school.referringTeacher.email?.trim() ? ` (${line(school.referringTeacher.email)})` : '';
  const activities = paragraphsOf(internship.activities);
  const jobs = paragraphsOf(internship.jobsDiscovered);
  const terms = paragraphsOf(input.terms);
  const schoolInsurance = school.insurance
    ? ` Cette assurance est souscrite auprès de ${line(school.insurance.insurer)}, contrat n° ${line(school.insurance.policyNumber)}.`
    : '';

  const sections: AgreementSection[] = [
    {
      heading: 'Entre les soussignés',
      paragraphs: [
        {
          text: `L’établissement d’enseignement ${schoolName} (UAI ${line(school.uai)}), ${organisationAddressOf(school.address)}, représenté par ${line(school.signatory.name)}, ${line(school.signatory.role)}, ci-après ${quoted('l’établissement')} ;`,
        },
        {
          text: `La structure d’accueil ${hostName}${siret}, ${organisationAddressOf(host.address)}, représentée par ${line(host.representative.name)}, ${line(host.representative.role)}, ci-après ${quoted('la structure d’accueil')} ;`,
        },
        { text: `L’élève ${name}${born}, scolarisé(e) en classe de ${line(pupil.className)} de l’établissement ;` },
        { text: `Et ses représentants légaux : ${representatives}.` },
        {
          text: `Vu le code de l’éducation, notamment ses articles D. 331-1 à D. 331-9, la circulaire n° 2003-134 du 8 septembre 2003 relative aux modalités d’accueil en milieu professionnel d’élèves mineurs de moins de seize ans et la circulaire du Premier ministre n° 6102/SG du 31 juillet 2019 relative à l’opération ${quoted(`30${NBSP}000 stages pour les élèves de troisième des quartiers prioritaires`)}, il est convenu ce qui suit.`,
        },
      ],
    },
    {
      heading: 'Article 1 – Objet',
      paragraphs: [
        {
          text: `La présente convention organise la séquence d’observation en milieu professionnel de l’élève ${name} au sein de la structure d’accueil ${hostName}, dans le cadre du stage ${quoted(line(internship.offerTitle))}. Elle en fixe les modalités d’encadrement et de suivi.`,
        },
        { text: `Le stage a lieu à l’adresse suivante : ${placeOf(internship.place)}.` },
      ],
    },
    { heading: 'Article 2 – Dates et horaires', paragraphs: scheduleParagraphs(internship) },
    {
      heading: 'Article 3 – Activités prévues',
      paragraphs: [
        ...(activities.length > 0 ? activities : [{ text: MISSING }]),
        ...(jobs.length > 0 ? [{ text: 'Métiers découverts :' }, ...jobs] : []),
        {
          text: 'L’élève observe le fonctionnement de la structure et découvre ses métiers ; il ne concourt pas au travail de la structure. Il peut participer à des activités, des essais ou des démonstrations sous le contrôle de son tuteur, mais n’utilise ni machine, ni appareil, ni produit dont l’usage est interdit aux mineurs par le code du travail.',
        },
      ],
    },
    {
      heading: 'Article 4 – Encadrement et suivi',
      paragraphs: [
        {
          text: `Le tuteur de l’élève dans la structure d’accueil est ${line(host.tutor.name)}, ${line(host.tutor.role)} (${line(host.tutor.email)}${tutorPhone}).`,
        },
        {
          text: `Le professeur référent de l’élève dans l’établissement est ${line(school.referringTeacher.name)}${teacherEmail}. Il prend contact avec le tuteur avant le stage pour s’assurer que l’élève est attendu et en assure le suivi pendant la semaine.`,
        },
      ],
    },
    {
      heading: 'Article 5 – Statut de l’élève',
      paragraphs: [
        {
          text: 'Pendant le stage, l’élève reste sous statut scolaire, sous l’autorité et la responsabilité du chef d’établissement. Il ne perçoit aucune rémunération ni gratification de la structure d’accueil. Il respecte le règlement intérieur de la structure d’accueil, notamment en matière de sécurité, d’horaires et de confidentialité.',
        },
      ],
    },
    { heading: 'Article 6 – Déjeuner', paragraphs: lunchParagraphs(internship.lunch) },
    {
      heading: 'Article 7 – Assurances',
      paragraphs: [
        {
          text: `La structure d’accueil garantit sa responsabilité civile chaque fois qu’elle est engagée à l’égard de l’élève, par un contrat souscrit auprès de ${line(host.insurance.insurer)}, n° ${line(host.insurance.policyNumber)}.`,
        },
        {
          text: `Le chef d’établissement s’assure que la responsabilité civile de l’élève est couverte pour les dommages qu’il pourrait causer pendant le stage et sur le trajet.${schoolInsurance}`,
        },
      ],
    },
    {
      heading: 'Article 8 – Accident, absence et difficultés',
      paragraphs: [
        {
          text: 'En cas d’accident survenant à l’élève pendant le stage ou sur le trajet, la structure d’accueil prévient aussitôt le chef d’établissement et lui adresse la déclaration d’accident le jour même, au plus tard dans les 24 heures.',
        },
        {
          text: 'Le chef d’établissement et le représentant de la structure d’accueil se tiennent mutuellement informés de toute difficulté, notamment de toute absence de l’élève, et prennent d’un commun accord les dispositions propres à la résoudre. La structure d’accueil peut mettre fin au stage en cas de manquement grave à la discipline, après en avoir informé le chef d’établissement.',
        },
      ],
    },
    {
      heading: 'Article 9 – Conditions particulières de l’établissement',
      paragraphs: terms.length > 0 ? terms : [{ text: 'Aucune.' }],
    },
    {
      heading: 'Article 10 – Durée et signature',
      paragraphs: [
        {
          text: 'La présente convention vaut pour la durée du stage. Elle est signée par toutes les parties avant le premier jour du stage. Toute modification de son texte annule les signatures déjà données : la convention modifiée est signée à nouveau par toutes les parties.',
        },
      ],
    },
  ];
  return { title: `Convention de stage d’observation en milieu professionnel – ${name}`, sections };
}

/** The format of the serialisation below: change it only with a new version, or every fingerprint changes. */
const SERIALISATION = 'mon-stage-de-troisieme/convention/v1';

/**
 * The bytes that are fingerprinted: the title, then each section's heading and paragraphs in order
 * (with the notice marks), as a JSON array of arrays (no object, so no key order to depend on),
 * every string in Unicode NFC (the same words typed on two systems give the same bytes), in UTF-8.
 */
export function canonicalAgreementText(text: AgreementText): string {
  const nfc = (value: string) => value.normalize('NFC');
  return JSON.stringify([
    SERIALISATION,
    nfc(text.title),
    text.sections.map((s) => [nfc(s.heading), s.paragraphs.map((p) => [p.notice ? 1 : 0, nfc(p.text)])]),
  ]);
}

/**
 * The SHA-256 of the canonical text, in lowercase hexadecimal (64 characters): what each signature
 * records, and what the document prints for a reader to compare. Same text, same fingerprint; any
 * signed word changed, another fingerprint, which voids every signature given to the old one.
 *
 * The signature block is NOT fingerprinted. A signature attests a text that exists before it: if the
 * names, dates and times of the signatures were part of the text, the first signature would change
 * the text the second party signs, and void itself (each party would sign a different text, and no
 * fingerprint could contain itself). Who must sign is nonetheless fixed by the text, since every
 * signatory is named among the parties; the block only reports which of them signed that text, when.
 */
export function agreementFingerprint(text: AgreementText): string {
  return createHash('sha256').update(canonicalAgreementText(text), 'utf8').digest('hex');
}

/**
 * Where a signatory stands against the text of this fingerprint: signed it, signed another (void:
 * the text changed since), or not signed. The latest signature of the signatory counts.
 */
export function signatureStatus(
  signatory: SignatoryRef,
  signatures: readonly AgreementSignature[],
  fingerprint: string,
): SignatureStatus {
  const latest = signatures
    .filter((s) => s.party === signatory.party && (s.position ?? null) === signatory.position)
    .reduce<AgreementSignature | null>((a, s) => (a && a.signedAt >= s.signedAt ? a : s), null);
  if (!latest) return { state: 'pending' };
  const { signedAt, signerName } = latest;
  return latest.fingerprint === fingerprint
    ? { state: 'signed', signedAt, signerName }
    : { state: 'void', signedAt, signerName, fingerprint: latest.fingerprint };
}

/**
 * "Signé le 12 janvier 2027 à 14 h 05", "En attente de signature", or why a signature no longer
 * counts; the typed name is added when it is not the name the text gives (`expectedName`).
 */
export function signatureLabel(status: SignatureStatus, expectedName: string): string {
  if (status.state === 'pending') return 'En attente de signature';
  const by = line(status.signerName) === expectedName ? '' : ` par ${line(status.signerName)}`;
  return status.state === 'signed'
    ? `Signé le ${formatSignedAt(status.signedAt)}${by}`
    : `Signature du ${formatSignedAt(status.signedAt)}${by} annulée : le texte a été modifié depuis. En attente d’une nouvelle signature`;
}

/**
 * Where the signatures stand, for the head of the signature block (outside the signed text): "Signée
 * par les 5 signataires", "Signée par 2 des 5 signataires", or "Aucune signature pour ce texte".
 */
export function signatureSummary(statuses: readonly SignatureStatus[]): string {
  const signed = statuses.filter((s) => s.state === 'signed').length;
  if (signed === 0) return 'Aucune signature pour ce texte.';
  return signed === statuses.length
    ? `Signée par les ${signed} signataires.`
    : `Signée par ${signed} des ${statuses.length} signataires.`;
}

/** True when the text still reads "[à compléter]" somewhere: a draft, not yet to be signed. */
export function isDraft(text: AgreementText): boolean {
  return text.sections.some((s) => s.paragraphs.some((p) => p.text.includes(MISSING)));
}

/** "Document édité le 6 décembre 2026", for the document's footer (outside the signed text). */
export const printedOn = (date: Date) => `Document édité le ${formatDate(date)}`;
