import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsv, detectSeparator, parseCsv } from '@/lib/csv';
import { checkUai, departmentFromUai, normalizeDepartmentCode, parseCoordinates } from './rules';
import { parseSchoolFile, UnknownFormatError } from './import-rules';
import { departmentFromPostcode } from '@/lib/geo/postcode';

const fixture = (name: string) => decodeCsv(readFileSync(path.join(import.meta.dirname, 'fixtures', name)));

describe('parseCsv', () => {
  it('reads quoted fields holding separators, doubled quotes and line breaks, with physical line numbers', () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hi""",z\r\n"multi\nline",2,3\r\n\r\nlast,4,5');
    expect(table.separator).toBe(',');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      { line: 2, fields: ['x, y', 'say "hi"', 'z'] },
      { line: 3, fields: ['multi\nline', '2', '3'] },
      { line: 6, fields: ['last', '4', '5'] },
    ]);
  });

  it('strips the BOM and detects ";" even when names contain commas', () => {
    const table = parseCsv('\ufeffUAI;Nom\n0931184G;Jean Moulin, Aubervilliers\n');
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['UAI', 'Nom']);
    expect(table.rows[0]?.fields).toEqual(['0931184G', 'Jean Moulin, Aubervilliers']);
  });

  it('keeps a stray quote inside an unquoted field and refuses an unterminated quoted field', () => {
    expect(parseCsv('a;b\nCollège "Le Phare";x').rows[0]?.fields).toEqual(['Collège "Le Phare"', 'x']);
    expect(() => parseCsv('a;b\n"oops;x\n1;2')).toThrow(CsvError);
  });

  it('decodes Windows-1252 files that are not valid UTF-8', () => {
    const latin1 = Uint8Array.from([0x43, 0x6f, 0x6c, 0x6c, 0xe8, 0x67, 0x65]); // "Collège"
    expect(decodeCsv(latin1)).toBe('Collège');
    expect(detectSeparator('a\tb\tc\n')).toBe('\t');
  });
});

describe('UAI and département', () => {
  it('checks the format and the check letter', () => {
    expect(checkUai('0931184G')).toBeNull();
    expect(checkUai('6200006M')).toBeNull();
    expect(checkUai('0931184')).toMatch(/7 chiffres suivis d'une lettre/);
    expect(checkUai('0932529Y')).toMatch(/lettre clé devrait être/);
  });

  it('derives the département from the UAI, Corsica and overseas included', () => {
    expect(departmentFromUai('0931184G')).toBe('93');
    expect(departmentFromUai('0132572A')).toBe('13');
    expect(departmentFromUai('0010035H')).toBe('01');
    expect(departmentFromUai('6200006M')).toBe('2A');
    expect(departmentFromUai('7200012A')).toBe('2B');
    expect(departmentFromUai('9710041T')).toBe('971');
    expect(departmentFromUai('9740027L')).toBe('974');
    expect(departmentFromUai('9760')).toBe('976');
    expect(departmentFromUai('1111111X')).toBeNull();
  });

  it('reads department columns and postcodes', () => {
    expect(['13', '1', '093', '02A', '2b', '971', 'Seine-Saint-Denis', '20'].map(normalizeDepartmentCode)).toEqual([
      '13',
      '01',
      '93',
      '2A',
      '2B',
      '971',
      null,
      null,
    ]);
    expect(['93300', '20090', '20600', '97432', '01100'].map(departmentFromPostcode)).toEqual([
      '93',
      '2A',
      '2B',
      '974',
      '01',
    ]);
  });
});

describe('coordinates', () => {
  it('reads WKT and GeoJSON, both longitude first', () => {
    expect(parseCoordinates('POINT (2.390673 48.907886)')).toEqual({ lng: 2.390673, lat: 48.907886 });
    expect(parseCoordinates('SRID=4326;POINT(-0.6223780999999999 44.7993225)')).toEqual({
      lng: -0.6223780999999999,
      lat: 44.7993225,
    });
    expect(parseCoordinates('{"type":"Point","coordinates":[-2.00601,48.6509]}')).toEqual({
      lng: -2.00601,
      lat: 48.6509,
    });
    expect(parseCoordinates('[55.45, -20.88]')).toEqual({ lng: 55.45, lat: -20.88 });
    expect(parseCoordinates('48.9, 2.39')).toBeNull();
  });
});

describe('parseSchoolFile', () => {
  it('keeps the collèges of a REP list (BOM, CRLF, ";") and rejects bad rows with their line', () => {
    const parsed = parseSchoolFile(fixture('rep-2022.csv'));
    expect(parsed.format).toBe('rep_list');
    expect(parsed.skipped).toBe(3); // two écoles and a SEGPA
    expect(parsed.records.map((r) => [r.line, r.uai, r.departmentCode, r.network])).toEqual([
      [2, '0931184G', '93', 'rep_plus'],
      [4, '0931379U', '93', 'rep_plus'],
      [5, '0930893R', '93', 'rep_plus'],
      [6, '0132572A', '13', 'rep_plus'],
      [7, '0132561N', '13', 'rep'],
      [9, '6200006M', '2A', 'rep'],
    ]);
    expect(parsed.records[4]).toMatchObject({
      name: 'ANATOLE FRANCE',
      commune: 'MARSEILLE 06',
      lat: null,
      postcode: null,
      source: 'rep_list',
    });
    expect(parsed.rejected).toEqual([
      { line: 11, uai: '0932529Y', reason: expect.stringMatching(/lettre clé/) },
      { line: 12, uai: '0131264D', reason: 'réseau (colonne EP) manquant : REP ou REP+ attendu' },
    ]);
  });

  it('reads a school list with WKT and GeoJSON coordinates and quoted fields', () => {
    const parsed = parseSchoolFile(fixture('colleges-coordonnees.csv'));
    expect(parsed.format).toBe('school_list');
    const marie = parsed.records.find((r) => r.uai === '0931439J');
    expect(marie).toMatchObject({
      commune: 'Les Lilas',
      postcode: '93260',
      address: '10, boulevard Jean Jaurès',
      network: null,
      lat: 48.8797,
    });
    expect(parsed.records.find((r) => r.uai === '6200006M')).toMatchObject({
      departmentCode: '2A',
      lng: 8.7488488,
      lat: 41.941447,
    });
    expect(parsed.records.find((r) => r.uai === '0960012S')).toMatchObject({
      name: 'Collège "Le Phare", annexe',
      departmentCode: '96',
    });
    expect(parsed.records.find((r) => r.uai === '0132572A')?.network).toBeNull(); // "qpv" is not a network
    expect(parsed.rejected.map((r) => [r.line, r.reason])).toEqual([
      [9, expect.stringMatching(/lettre clé/)],
      [10, 'coordonnées hors limites (latitude 248.951861, longitude 2.3345817)'],
    ]);
  });

  it('accepts latitude/longitude columns, lower-case UAIs and four-digit postcodes', () => {
    const parsed = parseSchoolFile(
      'Code UAI;Nom;Code postal;Ville;latitude;longitude\n0010035h;Louis Lumière;1100;Oyonnax;46,2567;5,6556\n0931184G;Jean Moulin;93300;Aubervilliers;48.9;\n',
    );
    expect(parsed.records).toEqual([
      expect.objectContaining({
        uai: '0010035H',
        postcode: '01100',
        departmentCode: '01',
        lat: 46.2567,
        lng: 5.6556,
        network: null,
      }),
    ]);
    expect(parsed.rejected).toEqual([
      { line: 3, uai: '0931184G', reason: 'latitude et longitude doivent être renseignées ensemble' },
    ]);
  });

  it('rejects rows without a name, an unreadable position or any clue to the département', () => {
    const parsed = parseSchoolFile(
      'uai,name,city,zipcode,coordinates\n0931184G,,Aubervilliers,93300,\n0132572A,Ampère,Arles,13200,somewhere\n,Sans UAI,Paris,,\n',
    );
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      "nom de l'établissement manquant",
      expect.stringMatching(/coordonnées « somewhere » illisibles/),
      'UAI manquant',
    ]);
  });

  it('names the expected columns when the header is unknown', () => {
    expect(() => parseSchoolFile('Identifiant;Nom;Téléphone\n0931184G;Jean Moulin;01\n')).toThrow(UnknownFormatError);
    expect(() => parseSchoolFile('Identifiant;Nom;Téléphone\n')).toThrow(
      /Colonnes trouvées : Identifiant, Nom, Téléphone[\s\S]*NUMERO/,
    );
  });
});
