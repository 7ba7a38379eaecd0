/**
 * CSV in and out. Reading: a small RFC 4180 reader for the official open-data school lists. We write our own rather
 * than add a dependency because the needs are narrow: `;` or `,` separators, quoted fields (with
 * separators, doubled quotes and line breaks inside), a UTF-8 BOM, CRLF, and physical line numbers
 * so the import report can point an administrator at the faulty line of the file.
 */

import { attachmentResponse } from './http';

export type CsvSeparator = ';' | ',' | '\t';

export interface CsvRow {
  /** Physical line (1-based) where the row starts in the file: a quoted line break spans two lines. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  separator: CsvSeparator;
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}

/**
 * Files from data.education.gouv.fr are UTF-8, but lists re-saved with Excel are often Windows-1252:
 * decoding those as UTF-8 would silently turn every accent into U+FFFD, so we fall back instead.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return stripBom(text);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator used most often, outside quotes, on the first line (the header). */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && (char === ';' || char === ',' || char === '\t')) counts[char]++;
  }
  // Ties go to ';': French lists use it precisely because names and decimals contain commas.
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/**
 * Parses the whole text. Blank lines are skipped (their numbers still count). A quote only opens a
 * quoted field at the start of a field, so a stray quote inside a name (Collège "Jean Moulin") is
 * kept as text, as spreadsheet software does; an unterminated quoted field is an error because
 * everything after it would be misread.
 */
export function parseCsv(input: string, separator?: CsvSeparator): CsvTable {
  const text = stripBom(input);
  const sep = separator ?? detectSeparator(text);
  const records: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStart = true;

  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: rowLine, fields });
    fields = [];
    field = '';
    fieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      inQuotes = true;
      quoteLine = line;
      fieldStart = false;
    } else if (char === sep) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (inQuotes)
    throw new CsvError(`Guillemet ouvert à la ligne ${quoteLine} et jamais refermé : le fichier est mal formé.`);
  if (field !== '' || fields.length > 0) endRow();

  const [head, ...rows] = records;
  if (!head) throw new CsvError('Le fichier est vide.');
  return {
    separator: sep,
    header: head.fields,
    headerLine: head.line,
    rows: rows.filter((row) => row.fields.some((f) => f.trim() !== '')),
  };
}

/*
 * Writing: files for spreadsheet software as French users have it: `;` separators (commas are
 * decimal marks here), a UTF-8 byte order mark so Excel reads the accents, CRLF line ends.
 */

/**
 * One cell, quoted when needed. A cell a spreadsheet would read as a formula (= + - @, or a
 * leading tab or carriage return) gets an apostrophe first: an offer title is typed by a user and
 * must never run as a formula on the computer of the colleague who opens the export. A number is
 * written with the French decimal comma and never is one, negative or not.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A CSV file as a download (route handlers): see attachmentResponse. */
export function csvResponse(csv: string, filename: string): Response {
  return attachmentResponse(csv, 'text/csv; charset=utf-8', filename);
}
