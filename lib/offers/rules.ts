/** Offers per page of the list. */
export const OFFERS_PAGE_SIZE = 20;

/** `?page=` as a page number from 1; anything else (absent, 0, "abc", 2.5) is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function pageCount(total: number, pageSize = OFFERS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
