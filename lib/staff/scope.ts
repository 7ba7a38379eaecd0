import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { staffMemberships, users } from '@/db/schema';

/**
 * The membership's account has a verified address. A join request exists for the head (team list,
 * dashboard count, decision) only once the requester opened the link sent at sign-up.
 */
export const verifiedMember: SQL = sql`exists (select 1 from ${users} where ${users.id} = ${staffMemberships.userId} and ${users.emailVerifiedAt} is not null)`;
