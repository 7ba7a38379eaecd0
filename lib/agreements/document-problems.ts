import { isIsoDate, isMonday } from '@/lib/calendar/weeks';
import { hoursRefusal } from '@/lib/offers/rules';
import type { AgreementDocumentInput } from './document-types';

/* What keeps a convention's input (document-types.ts) from making a text that may be signed. */

/** The days of an internship week, as the text names them. */
export const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'] as const;

const SIRET = /^\d{14}$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(:00)?$/;

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
export function scheduleProblems(internship: AgreementDocumentInput['internship']): string[] {
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
