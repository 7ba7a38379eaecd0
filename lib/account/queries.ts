import 'server-only';
import { and, asc, eq, gt, inArray, isNull, ne, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import {
  agreementSignatures,
  agreements,
  applicationEvents,
  applications,
  auditLog,
  hostMembers,
  hostOrganisations,
  ministries,
  offers,
  operatorMembers,
  operators,
  pupils,
  schoolClasses,
  schools,
  staffMemberships,
  stateRepresentatives,
  userTokens,
  users,
} from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import type { SessionUser } from '@/lib/auth/types';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import { USER_ROLE_LABELS } from '@/lib/users/labels';

/** What the account page shows besides the session: where the user belongs, a pending address change. */
export async function getAccountOverview(
  actor: SessionUser,
  now = new Date(),
  db?: Db,
): Promise<{ attachment: string | null; pendingEmail: string | null }> {
  db ??= await getDb();
  const [pending] = await db
    .select({ newEmail: userTokens.newEmail })
    .from(userTokens)
    .where(usableToken('email_change', now, { userId: actor.id }));
  return { attachment: await attachmentOf(db, actor), pendingEmail: pending?.newEmail ?? null };
}

/**
 * Whether a password-reset link can still be used: unused, not expired, and its account neither
 * disabled nor deleted. Read-only, so the page can say at once that a link is dead; the reset
 * itself claims the token atomically (see resetPassword).
 */
export async function isPasswordResetLinkValid(token: string, now = new Date(), db?: Db): Promise<boolean> {
  return isLinkValid('password_reset', token, now, db);
}

/** The same for an address verification link (see verifyEmail). */
export async function isVerificationLinkValid(token: string, now = new Date(), db?: Db): Promise<boolean> {
  return isLinkValid('email_verification', token, now, db);
}

async function isLinkValid(
  purpose: 'password_reset' | 'email_verification',
  token: string,
  now: Date,
  db?: Db,
): Promise<boolean> {
  db ??= await getDb();
  const [row] = await db
    .select({ id: userTokens.id })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(usableToken(purpose, now, { token }), ne(users.status, 'disabled'), isNull(users.deletedAt)));
  return Boolean(row);
}

/** The address a still-valid e-mail change link of this user switches to, or null. */
export async function findEmailChangeLink(
  actor: SessionUser,
  token: string,
  now = new Date(),
  db?: Db,
): Promise<{ newEmail: string } | null> {
  db ??= await getDb();
  const [row] = await db
    .select({ newEmail: userTokens.newEmail })
    .from(userTokens)
    .where(usableToken('email_change', now, { token, userId: actor.id }));
  return row?.newEmail ? { newEmail: row.newEmail } : null;
}

/**
 * Everything the service holds about the caller (GDPR right of access and portability), as a
 * plain JSON document. Only the caller's own data: names of teachers, hosts or other pupils met
 * along the way (consent recorders, signatories, tutors, actors of application events) are left
 * out, and so are password hashes and link tokens.
 */
export async function exportPersonalData(actor: SessionUser, now = new Date(), db?: Db) {
  db ??= await getDb();
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: users.role,
      status: users.status,
      createdAt: users.createdAt,
      emailVerifiedAt: users.emailVerifiedAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!account) throw new Error('Compte introuvable pour un utilisateur connecté.');

  return {
    service: 'Mon stage de troisième',
    exporteLe: now.toISOString(),
    compte: {
      identifiant: account.id,
      adresseElectronique: account.email,
      prenom: account.firstName,
      nom: account.lastName,
      profil: USER_ROLE_LABELS[account.role],
      statut: account.status,
      creeLe: account.createdAt,
      adresseVerifieeLe: account.emailVerifiedAt,
      derniereConnexion: account.lastSignInAt,
    },
    eleve: await pupilRecord(db, actor.id),
    candidatures: await pupilApplications(db, actor.id),
    etablissements: await db
      .select({
        college: schools.name,
        commune: schools.commune,
        uai: schools.uai,
        fonction: staffMemberships.role,
        statut: staffMemberships.status,
        depuis: staffMemberships.createdAt,
      })
      .from(staffMemberships)
      .innerJoin(schools, eq(schools.id, staffMemberships.schoolId))
      .where(eq(staffMemberships.userId, actor.id))
      .then((rows) => rows.map((row) => ({ ...row, fonction: STAFF_ROLE_LABELS[row.fonction] }))),
    structuresDAccueil: await db
      .select({ nom: hostOrganisations.name, type: hostOrganisations.kind, depuis: hostMembers.createdAt })
      .from(hostMembers)
      .innerJoin(hostOrganisations, eq(hostOrganisations.id, hostMembers.organisationId))
      .where(eq(hostMembers.userId, actor.id)),
    associationsPartenaires: await db
      .select({ nom: operators.name })
      .from(operatorMembers)
      .innerJoin(operators, eq(operators.id, operatorMembers.operatorId))
      .where(eq(operatorMembers.userId, actor.id)),
    representantDeLEtat: await db
      .select({
        niveau: stateRepresentatives.level,
        territoire: stateRepresentatives.territoryCode,
        ministere: ministries.name,
        valideLe: stateRepresentatives.validatedAt,
      })
      .from(stateRepresentatives)
      .leftJoin(ministries, eq(ministries.id, stateRepresentatives.ministryId))
      .where(eq(stateRepresentatives.userId, actor.id))
      .then((rows) => rows[0] ?? null),
    // Changes made to the account itself (password, address); details may name other people: left out.
    journalDuCompte: await db
      .select({ action: auditLog.action, le: auditLog.createdAt })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, actor.id)))
      .orderBy(asc(auditLog.createdAt)),
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

async function pupilRecord(db: Db, userId: string) {
  const [row] = await db
    .select({
      college: schools.name,
      commune: schools.commune,
      uai: schools.uai,
      classe: schoolClasses.name,
      genre: pupils.gender,
      autorisationParentaleEnregistreeLe: pupils.parentalConsentAt,
    })
    .from(pupils)
    .innerJoin(schools, eq(schools.id, pupils.schoolId))
    .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(eq(pupils.userId, userId));
  return row ?? null;
}

async function pupilApplications(db: Db, userId: string) {
  const rows = await db
    .select({
      id: applications.id,
      offre: offers.title,
      structure: hostOrganisations.name,
      commune: offers.commune,
      semaine: applications.week,
      statut: applications.status,
      lettreDeMotivation: applications.motivation,
      motifDeRefus: applications.rejectionReason,
      creeeLe: applications.createdAt,
      modifieeLe: applications.updatedAt,
      agreementId: agreements.id,
      annuleeLe: agreements.canceledAt,
      motifAnnulation: agreements.cancellationReason,
    })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, offers.organisationId))
    .leftJoin(agreements, eq(agreements.applicationId, applications.id))
    .where(eq(applications.pupilId, userId))
    .orderBy(asc(applications.week), asc(applications.createdAt));
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const events = await db
    .select({
      applicationId: applicationEvents.applicationId,
      de: applicationEvents.fromStatus,
      vers: applicationEvents.toStatus,
      le: applicationEvents.createdAt,
      actorId: applicationEvents.actorId,
    })
    .from(applicationEvents)
    .where(inArray(applicationEvents.applicationId, ids))
    .orderBy(asc(applicationEvents.createdAt));
  const agreementIds = rows.flatMap((row) => (row.agreementId ? [row.agreementId] : []));
  const signatures = agreementIds.length
    ? await db
        .select({
          agreementId: agreementSignatures.agreementId,
          partie: agreementSignatures.party,
          signeeLe: agreementSignatures.signedAt,
          annuleeLe: agreementSignatures.voidedAt,
        })
        .from(agreementSignatures)
        .where(inArray(agreementSignatures.agreementId, agreementIds))
    : [];

  return rows.map(({ id, agreementId, annuleeLe, motifAnnulation, offre, structure, commune, ...application }) => ({
    offre: { titre: offre, structure, commune },
    ...application,
    // Who else acted (a host, a teacher) stays private: only whether it was the pupil.
    historique: events
      .filter((event) => event.applicationId === id)
      .map(({ de, vers, le, actorId }) => ({ de, vers, le, parVous: actorId === userId })),
    convention: agreementId
      ? {
          annuleeLe,
          motifAnnulation,
          // A signature voided by a change of the text stays, with when it was voided.
          signatures: signatures.filter((s) => s.agreementId === agreementId).map(({ agreementId: _, ...s }) => s),
        }
      : null,
  }));
}

async function attachmentOf(db: Db, actor: SessionUser): Promise<string | null> {
  if (actor.schoolId) {
    const [school] = await db
      .select({ name: schools.name, commune: schools.commune })
      .from(schools)
      .where(eq(schools.id, actor.schoolId));
    if (!school) return null;
    const where = `${school.name} (${school.commune})`;
    return actor.staffRole ? `${STAFF_ROLE_LABELS[actor.staffRole]}, ${where}` : where;
  }
  if (actor.organisationId) {
    const [organisation] = await db
      .select({ name: hostOrganisations.name })
      .from(hostOrganisations)
      .where(eq(hostOrganisations.id, actor.organisationId));
    return organisation?.name ?? null;
  }
  if (actor.operatorId) {
    const [operator] = await db
      .select({ name: operators.name })
      .from(operators)
      .where(eq(operators.id, actor.operatorId));
    return operator?.name ?? null;
  }
  return null;
}

/** A link token still usable: of this purpose, not used, not expired (and this token, this user when given). */
export function usableToken(
  purpose: 'password_reset' | 'email_change' | 'email_verification',
  now: Date,
  { token, userId }: { token?: string; userId?: string },
): SQL {
  return and(
    token === undefined ? undefined : eq(userTokens.tokenHash, hashToken(token)),
    userId === undefined ? undefined : eq(userTokens.userId, userId),
    eq(userTokens.purpose, purpose),
    isNull(userTokens.usedAt),
    gt(userTokens.expiresAt, now),
  )!;
}
