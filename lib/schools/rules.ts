import { eachWeek, isIsoDate, isMonday, type IsoDate } from '@/lib/calendar/weeks';
import { internshipWindow } from '@/lib/calendar/school-year';

/*
 * Pure rules of school registration and class internship weeks, shared by the pages (what to
 * offer) and the mutations (what to accept).
 */

export interface RegistrationCandidate {
  network: 'rep_plus' | 'rep' | 'derogation' | 'none';
  /** REP+, REP, or a derogation approved by the prefecture and the académie. */
  eligible: boolean;
  registered: boolean;
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
  if (school.registered) return REGISTRATION_REFUSALS.alreadyRegistered;
  if (school.eligible) return null;
  return school.network === 'derogation' ? REGISTRATION_REFUSALS.derogationPending : REGISTRATION_REFUSALS.notPriority;
}

/** Staff ask to join a school only once its head has registered it: the head approves them. */
export function joinRequestRefusal(school: Pick<RegistrationCandidate, 'registered'>): string | null {
  return school.registered ? null : REGISTRATION_REFUSALS.notRegistered;
}

export const WEEK_REFUSALS = {
  invalid: 'Choisissez les semaines dans la liste proposée.',
  outsideWindow: 'Cette semaine est hors de la période des stages (mi-octobre à fin avril).',
  past: 'Cette semaine est commencée ou passée : choisissez une semaine à venir.',
} as const;

/**
 * Weeks a class can still choose: the Mondays of the campaign's internship window that are after
 * today. The week in progress is excluded: a convention must be signed before the internship
 * starts, so a week that has begun can no longer be prepared.
 */
export function selectableWeeks(schoolYear: number, today: IsoDate): IsoDate[] {
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  return eachWeek(firstWeek, lastWeek).filter((monday) => monday > today);
}

/** Why this value cannot become an internship week of a class of `schoolYear`, or null. */
export function weekRefusal(week: string, schoolYear: number, today: IsoDate): string | null {
  if (!isIsoDate(week) || !isMonday(week)) return WEEK_REFUSALS.invalid;
  const { firstWeek, lastWeek } = internshipWindow(schoolYear);
  // 'YYYY-MM-DD' strings sort like the dates they name.
  if (week < firstWeek || week > lastWeek) return WEEK_REFUSALS.outsideWindow;
  if (week <= today) return WEEK_REFUSALS.past;
  return null;
}

/**
 * The internship weeks a class keeps after an edit. Weeks already past stay as they were (they
 * happened; the form cannot uncheck them), so a submitted past week is accepted only if it was
 * already recorded. Every new week must pass weekRefusal.
 */
export function checkClassWeeks(
  submitted: readonly string[],
  { schoolYear, today, recorded }: { schoolYear: number; today: IsoDate; recorded: readonly IsoDate[] },
): { ok: true; weeks: IsoDate[] } | { ok: false; message: string } {
  const kept = recorded.filter((week) => week <= today);
  const chosen = new Set<IsoDate>();
  for (const week of new Set(submitted)) {
    if (kept.includes(week)) continue;
    const refusal = weekRefusal(week, schoolYear, today);
    if (refusal) return { ok: false, message: refusal };
    chosen.add(week);
  }
  return { ok: true, weeks: [...kept, ...chosen].sort() };
}
