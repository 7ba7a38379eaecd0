import { describe, expect, it } from 'vitest';
import { capitalise, lowerFirst, ofName, plural } from './words';

describe('plural', () => {
  it('is singular up to 1 and plural from 2, as French counts', () => {
    expect(plural(0, 'place prise')).toBe('0 place prise');
    expect(plural(1, 'élève')).toBe('1 élève');
    expect(plural(2, 'place prise')).toBe('2 places prises');
    expect(plural(12345, 'élève')).toBe('12\u202f345 élèves');
  });
});

describe('capitalise', () => {
  it('puts the first letter in capitals, accented ones included, and leaves the rest', () => {
    expect(capitalise('semaine du 14 décembre')).toBe('Semaine du 14 décembre');
    expect(capitalise('élève')).toBe('Élève');
    expect(capitalise('')).toBe('');
  });
});

describe('lowerFirst', () => {
  it('puts the first letter in lower case for the middle of a sentence, and leaves the rest', () => {
    expect(lowerFirst('Vacances de Noël')).toBe('vacances de Noël');
    expect(lowerFirst('Zone C')).toBe('zone C');
    expect(lowerFirst('')).toBe('');
  });
});

describe('ofName', () => {
  it('elides « de » before a vowel or a silent h, accented or not', () => {
    expect(ofName('Sarah Nguyen')).toBe('de Sarah Nguyen');
    expect(ofName('Inès Benali')).toBe('d’Inès Benali');
    expect(ofName('Adam Mansouri')).toBe('d’Adam Mansouri');
    expect(ofName('Élève Test')).toBe('d’Élève Test');
    expect(ofName('Hélène Dubois')).toBe('d’Hélène Dubois');
  });
});
