import { describe, expect, it } from 'vitest';
import { pageCount, pageWindow, parsePage } from './pagination';

describe('pagination', () => {
  it('reads ?page= as a page number from 1, page 1 otherwise', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage(['2', '5'])).toBe(2);
    for (const value of [undefined, '', '0', '-1', '2.5', 'abc', '1e9']) expect(parsePage(value)).toBe(1);
  });

  it('counts at least one page, with the page size of the list', () => {
    expect(pageCount(0, 'offerSearch')).toBe(1);
    expect(pageCount(20, 'offerSearch')).toBe(1);
    expect(pageCount(21, 'offerSearch')).toBe(2);
    expect(pageCount(25, 'adminRepresentatives')).toBe(1);
  });

  it('gives the rows of a page', () => {
    expect(pageWindow(1, 'adminUsers')).toEqual({ limit: 20, offset: 0 });
    expect(pageWindow(3, 'adminRepresentatives')).toEqual({ limit: 25, offset: 50 });
  });
});
