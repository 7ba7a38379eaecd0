/*
 * Pure rules of schools: registration (shared by the pages, what to offer, and the mutations, what
 * to accept), then the codes found in school files (UAI, départements, coordinates).
 */

export interface RegistrationCandidate {
  network: 'rep_plus' | 'rep' | 'derogation' | 'none';
  /** REP+, REP, or a derogation approved by the prefecture and the académie. */
  eligible: boolean;
  /**
   * It has a head (a non-revoked head membership). Not the registration date: a school whose head
   * the admin removed stays registered, and its new head claims it again.
   */
  hasHead: boolean;
}

export const REGISTRATION_REFUSALS = {
  notPriority:
    'Ce collège n’est pas en éducation prioritaire (REP+ ou REP). Il peut être ajouté par dérogation après accord de la préfecture et des services académiques : contactez-nous.',
  derogationPending:
    'Ce collège est en dérogation en attente d’accord de la préfecture et des services académiques : vous pourrez l’inscrire dès que l’accord aura été enregistré.',
  alreadyRegistered:
    'Ce collège est déjà inscrit par son chef d’établissement. Demandez-lui une invitation, ou demandez à rejoindre l’équipe.',
  notRegistered:
    'Ce collège n’est pas encore inscrit : son chef d’établissement doit d’abord l’inscrire sur la plateforme. Vous pourrez ensuite rejoindre son équipe.',
} as const;

/** Why a head cannot register this school, or null when they can (circular, II: REP+, REP, approved derogations). */
export function headRegistrationRefusal(school: RegistrationCandidate): string | null {
  if (school.hasHead) return REGISTRATION_REFUSALS.alreadyRegistered;
  if (school.eligible) return null;
  return school.network === 'derogation' ? REGISTRATION_REFUSALS.derogationPending : REGISTRATION_REFUSALS.notPriority;
}

/** Staff ask to join a school only once its head has registered it: the head approves them. */
export function joinRequestRefusal(school: { registered: boolean }): string | null {
  return school.registered ? null : REGISTRATION_REFUSALS.notRegistered;
}

/**
 * The school's functional mailbox, ce.<uai in lower case>@<the académie's domain>: only the head
 * (and their office) reads it, so a verified link sent there proves who the head is.
 */
export function functionalAddress(uai: string, emailDomain: string): string {
  return `ce.${uai.toLowerCase()}@${emailDomain}`;
}

/** Why another address cannot register the school: names the functional address to use (or its pattern). */
export function headAddressRefusal(expected: string | null): string {
  const address = expected ?? 'ce.<UAI du collège>@<domaine de l’académie>';
  return `Inscrivez-vous avec l’adresse fonctionnelle du collège, ${address} : le lien envoyé à cette adresse prouve que vous en êtes le chef d’établissement. Si vous n’avez pas accès à cette messagerie, cochez la case « Je n’ai pas accès à l’adresse fonctionnelle » et expliquez votre situation à l’équipe nationale.`;
}

/** prenom.nom@ac-creteil.fr, and sub-domains such as ce.ac-creteil.fr. */
export function isAtDomain(email: string, domain: string): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

/** Why a staff member's address cannot ask to join a school of this académie, or null. */
export function staffAddressRefusal(email: string, emailDomain: string | null): string | null {
  if (!emailDomain || isAtDomain(email, emailDomain)) return null;
  return `Utilisez votre adresse professionnelle de l’académie, par exemple prenom.nom@${emailDomain} : le chef d’établissement reconnaît ainsi les personnels de l’Éducation nationale.`;
}

/**
 * The codes found in school files, read the way people type them: UAI (with its check letter),
 * department codes, postcodes and coordinates. Pure functions used by import-rules.ts.
 */

/** UAIs are typed by hand in many lists: "0910714g" and "065 0740B" are meant as valid codes. */
export function normalizeUai(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

// The check letter is the 7-digit number modulo 23 in this alphabet (no I, O, Q): it catches most
// typos, and every UAI of the national REP list and of the annuaire de l'éducation satisfies it.
const UAI_KEY_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function checkUai(uai: string): string | null {
  if (!uai) return 'UAI manquant';
  if (!/^[0-9]{7}[A-Z]$/.test(uai)) return `UAI « ${uai} » invalide : 7 chiffres suivis d'une lettre attendus`;
  const expected = UAI_KEY_ALPHABET[Number(uai.slice(0, 7)) % 23];
  if (uai[7] !== expected) return `UAI « ${uai} » invalide : la lettre clé devrait être « ${expected} »`;
  return null;
}

/**
 * The first three characters of a UAI give the département: '093' -> '93', '971'..'976' overseas, and
 * '620' -> '2A', '720' -> '2B' because a UAI is all digits. Prefixes naming no département ('096',
 * '975', '98x' for the Pacific) are returned as is, then refused by the import as unknown.
 */
export function departmentFromUai(uai: string): string | null {
  const prefix = uai.slice(0, 3);
  if (prefix === '620') return '2A';
  if (prefix === '720') return '2B';
  if (/^0[0-9]{2}$/.test(prefix)) return prefix.slice(1);
  if (/^9[78][0-9]$/.test(prefix)) return prefix;
  return null;
}

/**
 * A department column holds a code ("13", "1", "02A", "093", "971") or a name, which we leave to the
 * UAI, as we do with "20": it means Corsica without saying which of its two départements.
 */
export function normalizeDepartmentCode(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  if (/^0?2[AB]$/.test(value)) return value.slice(-2);
  if (/^0?[0-9]{1,2}$/.test(value)) {
    const code = value.replace(/^0(?=[0-9]{2}$)/, '').padStart(2, '0');
    return code === '20' ? null : code;
  }
  if (/^9[78][0-9]$/.test(value)) return value;
  return null;
}

/** Spreadsheets drop the leading zero of "01100": four digits are padded back. */
export function normalizePostcode(raw: string): string | null {
  const value = raw.replace(/\s+/g, '');
  if (/^[0-9]{4}$/.test(value)) return `0${value}`;
  return /^[0-9]{5}$/.test(value) ? value : null;
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)`;
const WKT_POINT = new RegExp(String.raw`^(?:SRID=\d+;)?\s*POINT\s*\(\s*${NUMBER}\s+${NUMBER}\s*\)$`, 'i');
const LON_LAT_PAIR = new RegExp(String.raw`\[\s*${NUMBER}\s*,\s*${NUMBER}\s*\]`);

/** WKT "POINT (lon lat)" or GeoJSON '{"type":"Point","coordinates":[lon,lat]}' / "[lon, lat]": both put longitude first. */
export function parseCoordinates(raw: string): { lat: number; lng: number } | null {
  const match = WKT_POINT.exec(raw.trim()) ?? LON_LAT_PAIR.exec(raw);
  if (!match) return null;
  return { lng: Number(match[1]), lat: Number(match[2]) };
}
