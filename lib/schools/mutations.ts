import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { academies, departments, schools, staffMemberships } from '@/db/schema';
import { audit } from '@/lib/audit/mutations';
import { hashPassword } from '@/lib/auth/password';
import { fail, type ActionResult } from '@/lib/errors';
import { createAccount } from '@/lib/users/mutations';
import { eligibleSchool } from './queries';
import { headRegistrationRefusal } from './rules';
import type { RegisterSchoolInput } from './schemas';

export const CLAIMED_MEANWHILE = 'Ce collège vient d’être inscrit par une autre personne.';

/**
 * A head registers their school: account (school staff), active head membership, registration
 * date and audit entry, in one transaction. Public (no actor); the caller rate-limits it. The
 * school's eligibility is checked here, not trusted from the page, and one head per school is
 * decided by the partial unique index staff_memberships_one_head when two claims race.
 */
export async function registerSchool(input: RegisterSchoolInput, db?: Db): Promise<ActionResult<{ email: string }>> {
  db ??= await getDb();
  // Checked once before hashing (a refused claim costs no scrypt), then again in the transaction.
  const precheck = await checkRegistration(db, input);
  if (!precheck.ok) return precheck;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const school = await checkRegistration(tx, input);
      if (!school.ok) return school;
      const account = await createAccount(tx, {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        role: 'school_staff',
      });
      if (!account.ok) return account;
      await tx
        .insert(staffMemberships)
        .values({ userId: account.data.id, schoolId: input.schoolId, role: 'head', status: 'active' });
      await tx
        .update(schools)
        .set({ registeredAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(schools.id, input.schoolId));
      await audit(tx, {
        actorId: account.data.id,
        action: 'school.registered',
        targetType: 'school',
        targetId: input.schoolId,
        details: { uai: school.data.uai, academicEmail: school.data.academicEmail },
      });
      return { ok: true as const, data: { email: input.email } };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'staff_memberships_one_head')) return fail('ALREADY_REGISTERED', CLAIMED_MEANWHILE);
    throw error;
  }
}

/**
 * Eligibility, no head yet, and the e-mail: an address outside the académie's domain is accepted
 * only once the head confirms it. Why not refuse it: some heads use the school's functional address
 * or a domain our reference data lacks, and a hard block would lock them out; the audit entry
 * records it so the national team can check such registrations.
 */
async function checkRegistration(
  db: Db,
  input: RegisterSchoolInput,
): Promise<ActionResult<{ uai: string; academicEmail: boolean | null }>> {
  const [school] = await db
    .select({
      uai: schools.uai,
      network: schools.network,
      eligible: sql<boolean>`${eligibleSchool}`,
      registered: sql<boolean>`${schools.registeredAt} is not null or exists (select 1 from ${staffMemberships} where ${staffMemberships.schoolId} = ${schools.id} and ${staffMemberships.role} = 'head' and ${staffMemberships.status} <> 'revoked')`,
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
  if (refusal) return fail(school.registered ? 'ALREADY_REGISTERED' : 'NOT_ELIGIBLE', refusal);
  const academicEmail = school.emailDomain ? isAtDomain(input.email, school.emailDomain) : null;
  if (academicEmail === false && !input.otherDomain) {
    return fail('VALIDATION', `Cette adresse n’est pas une adresse de votre académie (…@${school.emailDomain}).`, {
      email: [
        `Utilisez de préférence votre adresse professionnelle de l’académie, par exemple prenom.nom@${school.emailDomain}.`,
      ],
      otherDomain: ['Si vous n’avez pas d’adresse académique, cochez cette case pour utiliser celle-ci.'],
    });
  }
  return { ok: true, data: { uai: school.uai, academicEmail } };
}

/** prenom.nom@ac-creteil.fr, and sub-domains such as ce.ac-creteil.fr. */
function isAtDomain(email: string, domain: string): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}
