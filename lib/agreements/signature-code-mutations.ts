import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { agreementSignatureCodes } from '@/db/schema';
import { addDays, parisMidnight, todayInParis } from '@/lib/calendar/weeks';
import { fail, failOn, type ActionResult } from '@/lib/errors';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { signatureEmails } from '@/lib/notifications/signature-templates';
import { agreementAbout } from './notify-mutations';
import type { Signer } from './rules';
import {
  maskedEmail,
  newSignatureCode,
  sameCode,
  SIGNATURE_CODE_MINUTES,
  SIGNATURE_CODE_RESEND_SECONDS,
  SIGNATURE_CODE_TRIES,
  SIGNATURE_FAILURES_LOCK,
  signatureCodeHash,
} from './signature-rules';
/*
 * The 6-digit codes of signing (signature-rules.ts): stored as a hash per signer and convention,
 * e-mailed, and checked with their tries, expiry and the day's lock. Used by signature-mutations.ts.
 */

/** One signing place, with where its code goes and the name it must be signed with. */
export interface Signatory {
  signer: Signer;
  /** The code's salt and owner: the account, or the legal representative. */
  signerId: string;
  userId: string | null;
  email: string;
  expectedName: string;
}

export const lockedMessage = 'Trop de codes erronés aujourd’hui : cette signature est bloquée jusqu’à demain.';
export const codeRowOf = (agreementId: string, signer: Signer) =>
  and(
    eq(agreementSignatureCodes.agreementId, agreementId),
    eq(agreementSignatureCodes.party, signer.party),
    signer.party === 'legal_representative'
      ? eq(agreementSignatureCodes.legalRepresentativeId, signer.legalRepresentativeId)
      : isNull(agreementSignatureCodes.legalRepresentativeId),
  );

/** Stores one code's hash for each of these conventions (the head's batch shares one code) and e-mails it. */
export async function sendCode(
  tx: Db,
  targets: { agreementId: string; signatory: Signatory }[],
  now: Date,
): Promise<ActionResult<{ sentTo: string; expiresAt: Date }>> {
  const { signatory } = targets[0]!;
  const rows = await tx
    .select()
    .from(agreementSignatureCodes)
    .where(
      sql.join(
        targets.map((t) => sql`(${codeRowOf(t.agreementId, t.signatory.signer)})`),
        sql` or `,
      ),
    );
  if (rows.some((row) => row.lockedUntil && row.lockedUntil > now)) return fail('RATE_LIMITED', lockedMessage);
  if (rows.some((row) => now.getTime() - row.createdAt.getTime() < SIGNATURE_CODE_RESEND_SECONDS * 1000))
    return fail('RATE_LIMITED', 'Un code vient de vous être envoyé. Attendez une minute avant d’en demander un autre.');
  const code = newSignatureCode();
  const expiresAt = new Date(now.getTime() + SIGNATURE_CODE_MINUTES * 60_000);
  const fresh = { codeHash: signatureCodeHash(signatory.signerId, code), expiresAt, attempts: 0, createdAt: now };
  for (const t of targets)
    await tx
      .insert(agreementSignatureCodes)
      .values({
        agreementId: t.agreementId,
        party: t.signatory.signer.party,
        legalRepresentativeId: t.signatory.signer.party === 'legal_representative' ? t.signatory.signerId : null,
        userId: t.signatory.userId,
        ...fresh,
      })
      .onConflictDoUpdate({
        target: [
          agreementSignatureCodes.agreementId,
          agreementSignatureCodes.party,
          agreementSignatureCodes.legalRepresentativeId,
        ],
        set: { ...fresh, userId: t.signatory.userId },
      });
  const about = (await agreementAbout(tx, targets[0]!.agreementId)).email;
  await enqueueEmails(tx, [
    {
      to: signatory.email,
      email: signatureEmails.code({ ...about, code, minutes: SIGNATURE_CODE_MINUTES, count: targets.length }),
      ...(signatory.userId && { userId: signatory.userId }),
    },
  ]);
  return { ok: true, data: { sentTo: maskedEmail(signatory.email), expiresAt } };
}

/**
 * Checks a typed code against a signer's stored one. A wrong code costs one of the code's tries and
 * counts towards the day's failures, the sixth of which locks the signature until midnight; those
 * counts are written even though the signature is refused (the caller's transaction commits).
 */
export async function checkCode(
  tx: Db,
  agreementId: string,
  signatory: Signatory,
  typed: string,
  now: Date,
): Promise<ActionResult<void>> {
  const [row] = await tx
    .select()
    .from(agreementSignatureCodes)
    .where(codeRowOf(agreementId, signatory.signer))
    .for('update');
  if (row?.lockedUntil && row.lockedUntil > now) return failOn('code', lockedMessage, 'RATE_LIMITED');
  if (!row || row.expiresAt <= now || row.attempts >= SIGNATURE_CODE_TRIES)
    return failOn('code', 'Ce code n’est plus valable : demandez un nouveau code.');
  if (sameCode(signatory.signerId, typed, row.codeHash)) return { ok: true, data: undefined };
  const dayStart = parisMidnight(todayInParis(now));
  const failures = (row.failuresSince && row.failuresSince >= dayStart ? row.failures : 0) + 1;
  const lock = failures >= SIGNATURE_FAILURES_LOCK;
  await tx
    .update(agreementSignatureCodes)
    .set({
      attempts: row.attempts + 1,
      failures,
      failuresSince: failures === 1 ? now : row.failuresSince,
      lockedUntil: lock ? parisMidnight(addDays(todayInParis(now), 1)) : row.lockedUntil,
    })
    .where(eq(agreementSignatureCodes.id, row.id));
  if (lock) return failOn('code', lockedMessage, 'RATE_LIMITED');
  const left = SIGNATURE_CODE_TRIES - row.attempts - 1;
  return failOn(
    'code',
    left > 0
      ? `Code incorrect. ${left === 1 ? 'Il vous reste 1 essai' : `Il vous reste ${left} essais`} avec ce code.`
      : 'Code incorrect. Ce code n’est plus valable : demandez un nouveau code.',
  );
}
