import { formatDate, formatDay } from '@/lib/calendar/format';
import { addDays, isIsoDate, type IsoDate } from '@/lib/calendar/weeks';
import { dailyPresenceMinutes, formatDuration } from '@/lib/offers/rules';
import { DAY_NAMES, scheduleProblems } from './document-problems';
import type { Signatory } from './document-signatures';
import type {
  AgreementDocumentInput,
  AgreementParagraph,
  AgreementSection,
  AgreementText,
  PostalAddress,
  WorkDay,
} from './document-types';

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
 * agreementText gives the exact words every party signs; document-signatures.ts their fingerprint and
 * where each signature stands.
 */

const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
const MISSING = '[à compléter]';
// 'HH:MM', or 'HH:MM:00' as PostgreSQL returns a time column.

/** One line of user text: spaces and line breaks collapsed, Unicode composed, "[à compléter]" when empty. */
export function line(value: string | null | undefined): string {
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

/** "Maëva Rossi". */
export const pupilName = (pupil: AgreementDocumentInput['pupil']) => `${line(pupil.firstName)} ${line(pupil.lastName)}`;

/** The date of each day of the week, "lundi 12 octobre 2026". */
function dayLabel(monday: IsoDate, day: WorkDay): string {
  return `${DAY_NAMES[day - 1]} ${formatDay(addDays(monday, day - 1))}`;
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

/** True when the text still reads "[à compléter]" somewhere: a draft, not yet to be signed. */
export function isDraft(text: AgreementText): boolean {
  return text.sections.some((s) => s.paragraphs.some((p) => p.text.includes(MISSING)));
}

/** "Document édité le 6 décembre 2026", for the document's footer (outside the signed text). */
export const printedOn = (date: Date) => `Document édité le ${formatDate(date)}`;
