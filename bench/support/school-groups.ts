import type { Dataset } from './dataset';

/** Départements of Paris and its inner ring: the densest searches of the country. */
const DENSE_DEPARTMENTS = new Set(['75', '92', '93', '94']);

/**
 * The collèges whose pupils may search (priority education or a derogation), in the three kinds of
 * searches measured: dense (Paris and its inner ring), sparse (the tenth of the others with the
 * fewest offers around them, at least one: rural France and small towns) and national (opened by
 * the head).
 */
export function schoolGroups(dataset: Dataset) {
  const eligible = dataset.schools.filter((school) => school.eligible);
  const local = eligible.filter((school) => !school.nationalSearch);
  const byOffers = local
    .filter((school) => school.visibleOffers > 0 && !DENSE_DEPARTMENTS.has(school.place.departmentCode))
    .sort((a, b) => a.visibleOffers - b.visibleOffers);
  return {
    dense: local.filter((school) => DENSE_DEPARTMENTS.has(school.place.departmentCode)),
    sparse: byOffers.slice(0, Math.max(1, Math.ceil(byOffers.length / 10))),
    national: eligible.filter((school) => school.nationalSearch),
  };
}
