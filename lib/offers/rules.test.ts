import { describe, expect, it } from 'vitest';
import { pageCount, parsePage } from './rules';

describe('parsePage', () => {
  it('reads ?page= as a page number from 1, page 1 otherwise', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage(['2', '5'])).toBe(2);
    for (const value of [undefined, '', '0', '-1', '2.5', 'abc']) expect(parsePage(value)).toBe(1);
  });

  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });
});
