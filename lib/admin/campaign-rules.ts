import { currentOrUpcomingSchoolYear, schoolYearLabel } from '@/lib/calendar/school-year';
import type { IsoDate } from '@/lib/calendar/weeks';

/*
 * Campaigns (one per school year) and their targets: the rules the admin's pages and the
 * mutations share (lib/admin/campaign-mutations.ts).
 */

/**
 * The campaign of the Prime Minister's circular of 31 July 2019: its targets are Annex 1 and
 * Annex 2 as printed, a published document, so they are read-only. Later campaigns start from a
 * copy and are edited instead.
 */
export const PUBLISHED_SCHOOL_YEAR = 2019;

export function isPublishedCampaign(schoolYear: number): boolean {
  return schoolYear === PUBLISHED_SCHOOL_YEAR;
}

export const PUBLISHED_READ_ONLY = `Les objectifs de la campagne ${schoolYearLabel(PUBLISHED_SCHOOL_YEAR)} sont ceux publiés par la circulaire du 31 juillet 2019 (annexes 1 et 2) : ils ne se modifient pas. Ouvrez une nouvelle campagne pour fixer d’autres objectifs.`;

/**
 * The school years a new campaign may be opened for, earliest first (empty: none for now).
 *
 * - After the latest campaign: campaigns only move forward, so "the previous campaign" whose
 *   targets are carried over is always the latest one, and no campaign slips in between two
 *   whose figures were already compared.
 * - Never before the school year in progress (or, in summer, the one starting on 1 September):
 *   opening a year that is over would only create an empty past campaign. When years were skipped
 *   (the platform stood still between 2019-2020 and now), the admin opens the current year
 *   directly rather than each missing one.
 * - At most the year after that one: a campaign is prepared during the previous school year
 *   (targets, partners), not further ahead. So 2027-2028 can be opened from 1 September 2026
 *   (from 1 June 2026 at the latest: schoolYearOf counts summer as the coming year).
 */
export function openableSchoolYears(latest: number | null, today: IsoDate): number[] {
  const current = currentOrUpcomingSchoolYear(today);
  const first = Math.max(latest === null ? current : latest + 1, current);
  const years: number[] = [];
  for (let year = first; year <= current + 1; year++) years.push(year);
  return years;
}

/** Why `schoolYear` cannot be opened now, in French; null when it can. */
export function whyNotOpenable(schoolYear: number, existing: readonly number[], today: IsoDate): string | null {
  const label = schoolYearLabel(schoolYear);
  if (existing.includes(schoolYear)) return `La campagne ${label} est déjà ouverte.`;
  const latest = existing.length ? Math.max(...existing) : null;
  if (latest !== null && schoolYear < latest)
    return `Une nouvelle campagne s’ouvre après la dernière, ${schoolYearLabel(latest)} : ${label} ne peut plus l’être.`;
  const openable = openableSchoolYears(latest, today);
  if (openable.includes(schoolYear)) return null;
  if (openable.length && schoolYear < openable[0]!)
    return `La campagne ${label} est passée : ouvrez celle de ${schoolYearLabel(openable[0]!)}.`;
  // Openable once its previous school year has begun (1 June of that year, see schoolYearOf).
  return `La campagne ${label} pourra être ouverte à partir du 1er juin ${schoolYear - 1}.`;
}

/**
 * An edited territory target must add up: total = public + private.
 *
 * Why enforce it on edits when the published figures do not always add up (Hauts-de-France 2460 +
 * 2460 printed as 4919, Île-de-France 3416 + 3416 as 6833)? Those are the circular's own figures,
 * kept as published in 2019-2020 (read-only) and carried over unchanged until someone edits them.
 * An administrator who sets a target, though, sets one number of internships split between the
 * public and the private sector: a total that differs from its parts is a typing slip, and the
 * dashboards would then compare offers with two different targets. So the form asks for the three
 * figures (a cross-check, as on the printed annex) and refuses them, on the total, when they
 * disagree. Departments are not required to add up to their region: targets are fungible within
 * the region, and the region keeps its own figure.
 */
export function splitError(target: { total: number; public: number; private: number }): string | null {
  const sum = target.public + target.private;
  return target.total === sum
    ? null
    : `Le total doit être égal à la somme des stages publics et privés (${target.public} + ${target.private} = ${sum}).`;
}

/** '2027-2028' (the campaign's URL segment and label) -> 2027; null for anything else. */
export function parseCampaignSegment(segment: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(segment);
  if (!match) return null;
  const first = Number(match[1]);
  return Number(match[2]) === first + 1 && first >= 1000 ? first : null;
}

export function campaignPath(schoolYear: number): string {
  return `/admin/campagnes/${schoolYearLabel(schoolYear)}`;
}
