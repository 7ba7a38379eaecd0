import { z } from 'zod';

/**
 * The textual form PostgreSQL accepts for a uuid column, whatever its version: ids arriving in URLs,
 * forms and schemas are checked against this one definition first, so a malformed one is a 404 or a
 * field error, never a database error. Any version, not only RFC 4122 v4 (zod's z.uuid() refuses
 * ids whose variant bits differ, such as reference data ids written by hand).
 */
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The zod field for an id sent by a form or a client, with the French message shown when it is not one. */
export function idField(message: string) {
  return z.string({ error: message }).regex(ID_PATTERN, { error: message });
}
