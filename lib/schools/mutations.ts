import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { academies, departments, headRequests, schools } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { fail, type ActionResult } from '@/lib/errors';
import { createAccount } from '@/lib/users/mutations';
import { appointHead } from './head-mutations';
import { eligibleSchool, schoolHasHead } from './queries';
import { functionalAddress, headAddressRefusal, headRegistrationRefusal } from './rules';
import type { RegisterSchoolInput } from './schemas';

/** Recorded on a functional-address request the school's head took meanwhile (no human decided it). */
export const HEAD_APPOINTED_MEANWHILE = 'Le collège avait déjà un chef d’établissement quand l’adresse a été vérifiée.';

/**
 * A head signs up to register their school. Public (no actor); the caller rate-limits it. Creates
 * the account (unverified: createAccount e-mails the link) and a pending head request, nothing
 * more: the school is registered only when the request is approved.
 * - With the school's functional address (ce.<uai>@<académie's domain>) the request is approved when
 *   that address is verified (approveFunctionalHeadRequest): opening the link proves the mailbox.
 * - With any other address it is refused, naming the functional address, unless the person says they
 *   cannot use that mailbox: their message goes with the request to the national team, which sees
 *   it once the address is verified and decides.
 * The school's eligibility and its having no head yet are checked here, not trusted from the page.
 */
export async function registerSchool(
  input: RegisterSchoolInput,
  db?: Db,
): Promise<ActionResult<{ email: string; functionalAddress: boolean }>> {
  db ??= await getDb();
  // Checked once before hashing (a refused claim costs no scrypt), then again in the transaction.
  const precheck = await checkRegistration(db, input);
  if (!precheck.ok) return precheck;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const checked = await checkRegistration(tx, input);
    if (!checked.ok) return checked;
    const account = await createAccount(tx, {
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      passwordHash,
      role: 'school_staff',
      via: 'sign_up',
    });
    if (!account.ok) return account;
    const functional = checked.data.functionalAddress;
    await tx.insert(headRequests).values({
      schoolId: input.schoolId,
      userId: account.data.id,
      functionalAddress: functional,
      message: functional ? '' : input.message,
    });
    return { ok: true as const, data: { email: input.email, functionalAddress: functional } };
  });
}

/**
 * Eligibility, no head yet (a non-revoked head membership; a school whose head was removed stays
 * registered and can be claimed again), then the address: the functional one, or another with the
 * box "I cannot use that mailbox" ticked.
 */
async function checkRegistration(
  db: Db,
  input: RegisterSchoolInput,
): Promise<ActionResult<{ functionalAddress: boolean }>> {
  const [school] = await db
    .select({
      uai: schools.uai,
      network: schools.network,
      eligible: sql<boolean>`${eligibleSchool}`,
      hasHead: sql<boolean>`${schoolHasHead}`,
      emailDomain: academies.emailDomain,
    })
    .from(schools)
    .innerJoin(departments, eq(departments.code, schools.departmentCode))
    .innerJoin(academies, eq(academies.code, departments.academyCode))
    .where(eq(schools.id, input.schoolId));
  if (!school)
    return fail('NOT_FOUND', 'Ce collège n’est pas dans l’annuaire. Recherchez-le à nouveau.', {
      schoolId: ['Collège introuvable.'],
    });
  const refusal = headRegistrationRefusal(school);
  if (refusal) return fail(school.hasHead ? 'ALREADY_REGISTERED' : 'NOT_ELIGIBLE', refusal);
  const expected = school.emailDomain ? functionalAddress(school.uai, school.emailDomain) : null;
  if (input.email === expected) return { ok: true, data: { functionalAddress: true } };
  if (!input.noMailboxAccess)
    return fail('VALIDATION', headAddressRefusal(expected), {
      email: [expected ? `Adresse attendue : ${expected}.` : 'Utilisez l’adresse fonctionnelle du collège.'],
      noMailboxAccess: ['Cochez cette case si vous n’avez pas accès à la messagerie fonctionnelle du collège.'],
    });
  return { ok: true, data: { functionalAddress: false } };
}

/**
 * Called when an account's address is verified (verifyEmail), in that transaction: a pending head
 * request made with the school's functional address is approved through appointHead, which
 * registers the school. The school row is locked first, so the check "no head yet" and the
 * appointment happen together: a functional address never replaces a head appointed meanwhile (the
 * request is then refused, with the reason), and the one-head index settles what the lock cannot.
 */
export async function approveFunctionalHeadRequest(tx: Db, userId: string, now: Date): Promise<void> {
  const [request] = await tx
    .select({ id: headRequests.id, schoolId: headRequests.schoolId })
    .from(headRequests)
    .where(
      and(
        eq(headRequests.userId, userId),
        eq(headRequests.status, 'pending'),
        eq(headRequests.functionalAddress, true),
      ),
    );
  if (!request) return;
  await tx.select({ id: schools.id }).from(schools).where(eq(schools.id, request.schoolId)).for('update');
  // Read after the lock, in its own statement: it sees a head whose appointment committed while we
  // waited (a statement's snapshot is taken when it starts).
  const [school] = await tx
    .select({ hasHead: sql<boolean>`${schoolHasHead}` })
    .from(schools)
    .where(eq(schools.id, request.schoolId));
  const appointed = school?.hasHead
    ? null
    : await appointHead(tx, {
        schoolId: request.schoolId,
        userId,
        actorId: userId,
        reason: 'Adresse fonctionnelle du collège vérifiée',
      });
  const approved = appointed?.ok === true;
  const reason = approved ? 'Adresse fonctionnelle du collège vérifiée.' : HEAD_APPOINTED_MEANWHILE;
  await tx
    .update(headRequests)
    .set({ status: approved ? 'approved' : 'refused', decidedAt: now, decisionReason: reason })
    .where(eq(headRequests.id, request.id));
  await audit(tx, {
    actorId: userId,
    action: 'school.head_request_decided',
    targetType: 'school',
    targetId: request.schoolId,
    details: { requestId: request.id, functionalAddress: true, approved, reason },
  });
}
