import 'server-only';
import { sql } from 'drizzle-orm';
import { pupils, users } from '@/db/schema';

/**
 * Pupils counted as such: a deleted account is anonymised, and one that signed up without the
 * class's link is not a pupil of the class until the main teacher or the head confirms it (pending).
 * Written as "no such account among the few that are not live" (every pupil has an account: the
 * foreign key), which the partial index users_not_live answers: a count over many classes hashes
 * that short list once instead of reading each pupil's account (migration 0014).
 */
export const livePupil = sql`not exists (select 1 from ${users} where ${users.id} = ${pupils.userId} and (${users.deletedAt} is not null or ${users.status} = 'pending'))`;
