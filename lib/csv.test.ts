import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('writing CSV for spreadsheets', () => {
  it('quotes separators, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Vente; relation client')).toBe('"Vente; relation client"');
    expect(csvCell('Le « bon » "geste"')).toBe('"Le « bon » ""geste"""');
    expect(csvCell('Deux\r\nlignes')).toBe('"Deux\r\nlignes"');
    expect(csvCell('Accueil, guichet')).toBe('Accueil, guichet');
    expect(csvCell(12)).toBe('12');
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("http://x";"clic")')).toBe(`"'=HYPERLINK(""http://x"";""clic"")"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(-52.6)).toBe('-52,6'); // a gap to a target, as a French spreadsheet reads it
  });

  it('starts with a byte order mark and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa;1\r\nb;2\r\n');
  });
});
