import 'server-only';
import { sql } from 'drizzle-orm';
import { pupils, users } from '@/db/schema';

/** Pupils whose account still exists: a deleted account is anonymised, not counted as a pupil. */
export const livePupil = sql`exists (select 1 from ${users} where ${users.id} = ${pupils.userId} and ${users.deletedAt} is null)`;
