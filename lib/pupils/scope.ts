import 'server-only';
import { sql } from 'drizzle-orm';
import { pupils, users } from '@/db/schema';

/**
 * Pupils counted as such: a deleted account is anonymised, and one that signed up without the
 * class's link is not a pupil of the class until the main teacher or the head confirms it (pending).
 */
export const livePupil = sql`exists (select 1 from ${users} where ${users.id} = ${pupils.userId} and ${users.deletedAt} is null and ${users.status} <> 'pending')`;
