import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('is singular up to 1 and plural from 2, as French counts', () => {
    expect(plural(0, 'place prise')).toBe('0 place prise');
    expect(plural(1, 'élève')).toBe('1 élève');
    expect(plural(2, 'place prise')).toBe('2 places prises');
    expect(plural(12345, 'élève')).toBe('12\u202f345 élèves');
  });
});
