import { describe, expect, it } from 'vitest';
import { containsPattern, fileNameSlug, foldText } from './fold';

describe('foldText', () => {
  it('reads the way French is typed: no case, no accents, ligatures spelt out', () => {
    expect(foldText('Boulangère')).toBe('boulangere');
    expect(foldText('ŒUVRE')).toBe('oeuvre');
    expect(foldText('Lætitia')).toBe('laetitia');
    expect(foldText('Saint-Étienne')).toBe('saint-etienne');
  });
});

describe('containsPattern', () => {
  it('searches % and _ as typed, not as wildcards', () => {
    expect(containsPattern('10 %')).toBe('%10 \\%%');
    expect(containsPattern('a_b\\c')).toBe('%a\\_b\\\\c%');
  });
});

describe('fileNameSlug', () => {
  it('keeps lower-case letters and digits, joined by dashes, or the fallback when nothing is left', () => {
    expect(fileNameSlug('3e A', 'classe')).toBe('3e-a');
    expect(fileNameSlug(' 3e Hélène-Boucher ! ', 'classe')).toBe('3e-helene-boucher');
    expect(fileNameSlug('« »', 'classe')).toBe('classe');
  });
});
