/**
 * True for the textual form PostgreSQL accepts for a uuid column (any version): ids arriving in URLs
 * and forms are checked with it first, so a malformed one is a 404, not a database error.
 */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
