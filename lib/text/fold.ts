import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/*
 * Accent- and case-insensitive text, the same rule in TypeScript and in SQL (no `unaccent`
 * extension on PGlite): lower case, the accented letters of French (and ñ, å, ã) without their
 * accent, and the ligatures spelt out as French readers type them (œ -> oe, æ -> ae). One table
 * feeds both sides; fold.int.test.ts checks that they agree on both databases.
 */

const ACCENTED = 'àâäáãåéèêëíìîïóòôöõúùûüçÿñ';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuucyn';
const LIGATURES = [
  ['œ', 'oe'],
  ['æ', 'ae'],
] as const;
const TABLE = new Map([...ACCENTED].map((letter, index) => [letter, PLAIN[index]!]));

/** "Œuvre", "OEUVRE" and "œuvre" -> "oeuvre"; "Boulangère" -> "boulangere". */
export function foldText(value: string): string {
  let folded = [...value.toLowerCase()].map((letter) => TABLE.get(letter) ?? letter).join('');
  for (const [ligature, spelt] of LIGATURES) folded = folded.replaceAll(ligature, spelt);
  return folded;
}

/** "3e A" -> "3e-a", "3e Hélène-Boucher" -> "3e-helene-boucher": a part of a file name every system accepts. */
export function fileNameSlug(name: string, fallback: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}

/**
 * foldText in SQL: fold_text() (migration 0007) holds the same table, immutable so that indexes and
 * generated columns can use it; fold.int.test.ts checks both sides agree on both databases.
 */
export function foldSql(value: SQLWrapper | string): SQL {
  return sql`fold_text(${value})`;
}

/** `q` as a LIKE pattern matching any text that contains it: % and _ typed by the user match themselves. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The column (or expression) contains `q`, ignoring case and accents. */
export function containsFolded(value: SQLWrapper, q: string): SQL {
  return sql`${foldSql(value)} like ${containsPattern(foldText(q))}`;
}
