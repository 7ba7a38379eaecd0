import 'server-only';
import { and, isNull, ne } from 'drizzle-orm';
import { users } from '@/db/schema';

/** Accounts that still sign in and read their mail: not disabled, not deleted (anonymised). */
export const usableAccount = and(ne(users.status, 'disabled'), isNull(users.deletedAt))!;
