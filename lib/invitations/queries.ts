import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import { hostOrganisations, invitations, operators, schools, users } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import type { StaffRole } from '@/lib/auth/types';
import type { InvitationKind, InvitationStatus, InvitationSubject } from './rules';

export interface InvitationView extends InvitationSubject {
  status: Exclude<InvitationStatus, 'unknown'>;
  kind: InvitationKind;
  email: string;
  expiresAt: Date;
  /** An account already uses the invited address: it signs in and accepts instead of signing up. */
  accountExists: boolean;
}

const inviter = alias(users, 'inviter');
const invitee = alias(users, 'invitee');

/**
 * What the holder of an invitation link may see: who invites them to what, and whether the link
 * still works. The token is the only credential (never logged, only its hash is stored). Returns
 * null for a token that matches no invitation.
 */
export async function describeInvitation(token: string, db?: Db): Promise<InvitationView | null> {
  db ??= await getDb();
  const [row] = await db
    .select({
      kind: invitations.kind,
      email: invitations.email,
      staffRole: invitations.staffRole,
      expiresAt: invitations.expiresAt,
      used: sql<boolean>`${invitations.usedAt} is not null`,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
      schoolName: schools.name,
      organisationName: hostOrganisations.name,
      operatorName: operators.name,
      inviterFirstName: inviter.firstName,
      inviterLastName: inviter.lastName,
      accountExists: sql<boolean>`${invitee.id} is not null`,
    })
    .from(invitations)
    .leftJoin(schools, eq(schools.id, invitations.schoolId))
    .leftJoin(hostOrganisations, eq(hostOrganisations.id, invitations.organisationId))
    .leftJoin(operators, eq(operators.id, invitations.operatorId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .leftJoin(invitee, eq(invitee.email, invitations.email))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return null;
  return {
    status: row.used ? 'used' : row.expired ? 'expired' : 'valid',
    kind: row.kind,
    email: row.email,
    staffRole: row.staffRole as StaffRole | null,
    expiresAt: row.expiresAt,
    targetName: row.schoolName ?? row.organisationName ?? row.operatorName ?? '',
    inviterName: row.inviterFirstName ? `${row.inviterFirstName} ${row.inviterLastName}` : null,
    accountExists: row.accountExists,
  };
}
