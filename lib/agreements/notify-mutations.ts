import 'server-only';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  agreementLegalRepresentatives,
  agreements,
  applications,
  offers,
  pupils,
  schoolClasses,
  staffMemberships,
  users,
} from '@/db/schema';
import { formatWeek } from '@/lib/calendar/format';
import { agreementEmails } from '@/lib/notifications/agreement-templates';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { offerManagerEmails } from '@/lib/offers/queries';
import { usableAccount } from '@/lib/users/scope';
import { missingHostFields, missingSchoolFields, type HostPart, type SchoolPart } from './rules';

/*
 * Who is told what about a convention, in the transaction that changes it: the other side when a
 * part is completed, those who had signed when the text changes.
 */

/** Both parts and the legal representatives, as stored. */
export async function agreementContent(tx: Db, agreementId: string) {
  const [row] = await tx
    .select({ hostPart: agreements.hostPart, schoolPart: agreements.schoolPart })
    .from(agreements)
    .where(eq(agreements.id, agreementId));
  const legalRepresentatives = await tx
    .select()
    .from(agreementLegalRepresentatives)
    .where(eq(agreementLegalRepresentatives.agreementId, agreementId))
    .orderBy(asc(agreementLegalRepresentatives.position));
  return {
    hostPart: row!.hostPart as Partial<HostPart>,
    schoolPart: row!.schoolPart as Partial<SchoolPart>,
    legalRepresentatives,
  };
}

/** What the e-mails say of a convention, and where its parties are. */
export async function agreementAbout(tx: Db, agreementId: string) {
  const [row] = await tx
    .select({
      pupilFirstName: users.firstName,
      pupilLastName: users.lastName,
      offerTitle: offers.title,
      offerId: offers.id,
      week: applications.week,
      schoolId: pupils.schoolId,
      mainTeacherId: schoolClasses.mainTeacherId,
      pupilId: applications.pupilId,
    })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(users, eq(users.id, applications.pupilId))
    .innerJoin(pupils, eq(pupils.userId, applications.pupilId))
    .leftJoin(schoolClasses, eq(schoolClasses.id, pupils.classId))
    .where(eq(agreements.id, agreementId));
  const r = row!;
  return {
    ...r,
    email: {
      pupilName: `${r.pupilFirstName} ${r.pupilLastName}`,
      offerTitle: r.offerTitle,
      week: formatWeek(r.week),
      agreementId,
    },
  };
}

/** The school's side: its head, the class's main teacher, and whoever the school part names to sign. */
async function schoolSideEmails(tx: Db, schoolId: string, userIds: (string | null | undefined)[]) {
  const named = userIds.filter((id): id is string => !!id);
  const rows = await tx
    .selectDistinct({ email: users.email })
    .from(users)
    .leftJoin(staffMemberships, eq(staffMemberships.userId, users.id))
    .where(
      and(
        usableAccount,
        or(
          and(
            eq(staffMemberships.schoolId, schoolId),
            eq(staffMemberships.role, 'head'),
            eq(staffMemberships.status, 'active'),
          ),
          named.length ? inArray(users.id, named) : undefined,
        ),
      ),
    );
  return rows.map((row) => row.email);
}

/** One side completed its part: the other side is told, and whether the convention is ready to sign. */
export async function tellOtherSide(tx: Db, agreementId: string, by: 'host' | 'school'): Promise<void> {
  const what = await agreementAbout(tx, agreementId);
  const content = await agreementContent(tx, agreementId);
  const otherComplete =
    by === 'host'
      ? !missingSchoolFields(content.schoolPart, content.legalRepresentatives).length
      : !missingHostFields(content.hostPart).length;
  const email = agreementEmails.partCompleted({ ...what.email, by, otherComplete });
  const to =
    by === 'host'
      ? await schoolSideEmails(tx, what.schoolId, [what.mainTeacherId, content.schoolPart.signatory?.userId])
      : (await offerManagerEmails(tx, [what.offerId])).map((manager) => manager.email);
  await enqueueEmails(
    tx,
    [...new Set(to)].map((address) => ({ to: address, email })),
  );
}

/**
 * Everyone concerned by a signed convention: the school's side, the host's managers, the pupil and
 * the legal representatives.
 */
export async function agreementPartyEmails(tx: Db, agreementId: string): Promise<string[]> {
  const what = await agreementAbout(tx, agreementId);
  const content = await agreementContent(tx, agreementId);
  const [school, hosts, pupil] = await Promise.all([
    schoolSideEmails(tx, what.schoolId, [what.mainTeacherId, content.schoolPart.signatory?.userId]),
    offerManagerEmails(tx, [what.offerId]),
    tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, what.pupilId), usableAccount)),
  ]);
  return [
    ...new Set([
      ...school,
      ...hosts.map((manager) => manager.email),
      ...pupil.map((row) => row.email),
      ...content.legalRepresentatives.map((rep) => rep.email),
    ]),
  ];
}

/** The text changed after these signatures: each signer is told to read and sign again. */
export async function tellVoidedSigners(
  tx: Db,
  agreementId: string,
  voided: { userId: string | null; repId: string | null }[],
): Promise<void> {
  if (!voided.length) return;
  const userIds = voided.flatMap((v) => (v.userId ? [v.userId] : []));
  const repIds = voided.flatMap((v) => (v.repId ? [v.repId] : []));
  const accounts = userIds.length
    ? await tx
        .select({ email: users.email })
        .from(users)
        .where(and(inArray(users.id, userIds), usableAccount))
    : [];
  const reps = repIds.length
    ? await tx
        .select({ email: agreementLegalRepresentatives.email })
        .from(agreementLegalRepresentatives)
        .where(inArray(agreementLegalRepresentatives.id, repIds))
    : [];
  const email = agreementEmails.signatureVoided((await agreementAbout(tx, agreementId)).email);
  await enqueueEmails(
    tx,
    [...accounts, ...reps].map((row) => ({ to: row.email, email })),
  );
}
