import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreementRepresentativeLinks, agreements, agreementSignatureCodes, agreementSignatures } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { fail, type ActionResult } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { signatureEmails } from '@/lib/notifications/signature-templates';
import { openLink, type RepresentativeLinkRow } from './link-mutations';
import { agreementAbout, agreementPartyEmails } from './notify-mutations';
import { accountSigningParty } from './policy';
import { loadAgreement } from './queries';
import { expectedSignerName, signerKey } from './rules';
import { readableAgreements } from './scope';
import { checkCode, codeRowOf, sendCode, type Signatory } from './signature-code-mutations';
import { sameName } from './signature-rules';

/*
 * Signing a convention, in any order, each signatory with their typed full name and a 6-digit code
 * e-mailed to them: the head (or the staff member the school part names), the host's representative
 * through the host's account, the pupil, and each legal representative through their single-use
 * link (link-mutations.ts). A signature records who, when, from which address and the fingerprint of
 * the exact text the signer read: a text changed since is refused. Each step locks the convention's
 * row, so two signers (or a signer and an editor) are never interleaved.
 */

type Loaded = NonNullable<Awaited<ReturnType<typeof loadAgreement>>>;

/** Who signs on the convention: an account, or a legal representative through their link's token. */
export type SignerRef = { actor: SessionUser } | { token: string };

export interface SignatureInput {
  fullName: string;
  code: string;
  /** The fingerprint of the text the signer read (the page's hidden field). */
  fingerprint: string;
}

type Refusal = Extract<ActionResult<never>, { ok: false }>;
const refuse = (...args: Parameters<typeof fail>) => fail(...args) as Refusal;
const isRefusal = (value: object): value is Refusal => 'ok' in value;

const NOT_FOUND = 'Convention introuvable, ou elle ne vous concerne pas.';
const NOT_A_SIGNATORY = 'Vous ne signez pas cette convention.';
const CHANGED =
  'Le texte de la convention a changé depuis que vous l’avez ouvert : relisez-le, puis signez de nouveau.';

function notReady(agreement: Loaded): Refusal | null {
  if (agreement.cancellation)
    return refuse('TRANSITION_NOT_ALLOWED', 'Cette convention est annulée : elle ne se signe plus.');
  if (agreement.outcome)
    return refuse('TRANSITION_NOT_ALLOWED', 'Le stage est passé : la convention ne se signe plus.');
  if (agreement.state === 'to_complete')
    return refuse(
      'TRANSITION_NOT_ALLOWED',
      'La convention n’est pas encore prête à signer : le collège et la structure d’accueil doivent d’abord compléter leur partie.',
    );
  return null;
}

/** The signatory an account or a link is on this (locked) convention, or a refusal. */
async function signatoryOf(
  agreement: Loaded,
  who: { actor: SessionUser } | { link: RepresentativeLinkRow },
): Promise<Signatory | Refusal> {
  if ('link' in who) {
    const rep = agreement.legalRepresentatives.find((r) => r.id === who.link.legalRepresentativeId);
    if (!rep) return refuse('NOT_FOUND', NOT_FOUND);
    return {
      signer: { party: 'legal_representative', legalRepresentativeId: rep.id },
      signerId: rep.id,
      userId: null,
      email: rep.email,
      expectedName: rep.fullName,
    };
  }
  const { actor } = who;
  const party = accountSigningParty(actor, agreement.parties, agreement.schoolPart.signatory?.userId);
  if (!party) return refuse('FORBIDDEN', NOT_A_SIGNATORY);
  const expectedName = expectedSignerName(agreement, party);
  return { signer: { party }, signerId: actor.id, userId: actor.id, email: actor.email, expectedName };
}

/** Locks the convention the caller may sign and names the signatory, or a refusal. */
async function lockForSigning(tx: Db, ref: SignerRef, agreementId: string, now: Date) {
  let who: { actor: SessionUser } | { link: RepresentativeLinkRow };
  if ('token' in ref) {
    const link = await openLink(tx, ref.token, now, { toSign: true });
    if (!link.ok) return link;
    who = { link: link.data };
    agreementId = link.data.agreementId;
  } else {
    const scope = readableAgreements(ref.actor);
    if (!scope || !isUuid(agreementId)) return refuse('NOT_FOUND', NOT_FOUND);
    const [row] = await tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(and(eq(agreements.id, agreementId), scope))
      .for('update');
    if (!row) return refuse('NOT_FOUND', NOT_FOUND);
    who = ref;
  }
  const agreement = (await loadAgreement(tx, agreementId))!;
  const refusal = notReady(agreement);
  if (refusal) return refusal;
  const signatory = await signatoryOf(agreement, who);
  if (isRefusal(signatory)) return signatory;
  if (!agreement.missingSigners.some((s) => signerKey(s) === signerKey(signatory.signer)))
    return refuse('ALREADY_DONE', 'Vous avez déjà signé cette convention.');
  return { ok: true as const, agreement, signatory, link: 'link' in who ? who.link : null };
}

/** A 6-digit code for the caller to sign this convention, e-mailed to their address (a new one replaces the last). */
export async function requestSignatureCode(
  ref: SignerRef,
  agreementId: string,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<{ sentTo: string; expiresAt: Date }>> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockForSigning(tx, ref, agreementId, now);
    if (!locked.ok) return locked;
    return sendCode(tx, [{ agreementId: locked.agreement.id, signatory: locked.signatory }], now);
  });
}

/** Records the signature of a checked signatory on the convention's current text. */
async function record(
  tx: Db,
  agreement: Loaded,
  signatory: Signatory,
  typedName: string,
  { now, ip }: { now: Date; ip: string },
): Promise<void> {
  await tx.insert(agreementSignatures).values({
    agreementId: agreement.id,
    party: signatory.signer.party,
    signerName: typedName.trim(),
    signerUserId: signatory.userId,
    legalRepresentativeId: signatory.signer.party === 'legal_representative' ? signatory.signerId : null,
    signedAt: now,
    ipAddress: ip,
    textFingerprint: agreement.fingerprint,
  });
  await tx.delete(agreementSignatureCodes).where(codeRowOf(agreement.id, signatory.signer));
  if (signatory.signer.party === 'legal_representative')
    await tx
      .update(agreementRepresentativeLinks)
      .set({ usedAt: now })
      .where(
        and(
          eq(agreementRepresentativeLinks.legalRepresentativeId, signatory.signerId),
          isNull(agreementRepresentativeLinks.usedAt),
          isNull(agreementRepresentativeLinks.voidedAt),
        ),
      );
  const others = agreement.missingSigners.filter((s) => signerKey(s) !== signerKey(signatory.signer));
  if (!others.length) {
    const about = (await agreementAbout(tx, agreement.id)).email;
    const to = await agreementPartyEmails(tx, agreement.id);
    await enqueueEmails(
      tx,
      to.map((address) => ({ to: address, email: signatureEmails.allSigned(about) })),
    );
  }
}

function nameRefusal(signatory: Signatory, typed: string): Refusal | null {
  if (sameName(typed, signatory.expectedName)) return null;
  const message = `Tapez votre nom complet tel qu’il figure sur la convention : « ${signatory.expectedName} ».`;
  return refuse('VALIDATION', message, { fullName: [message] });
}

/** Signs the convention as the caller, on the text they read, with their name and code. */
export async function signAgreement(
  ref: SignerRef,
  agreementId: string,
  input: SignatureInput,
  { now = new Date(), ip }: { now?: Date; ip: string },
  db?: Db,
): Promise<ActionResult<{ signedByAll: boolean }>> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockForSigning(tx, ref, agreementId, now);
    if (!locked.ok) return locked;
    const { agreement, signatory } = locked;
    if (input.fingerprint !== agreement.fingerprint) return refuse('TRANSITION_NOT_ALLOWED', CHANGED);
    const badName = nameRefusal(signatory, input.fullName);
    if (badName) return badName;
    const code = await checkCode(tx, agreement.id, signatory, input.code, now);
    if (!code.ok) return code;
    await record(tx, agreement, signatory, input.fullName, { now, ip });
    return { ok: true as const, data: { signedByAll: agreement.missingSigners.length === 1 } };
  });
}

/** The conventions the head (or delegated signatory) may sign now, in id order (the locks' order). */
async function lockBatch(tx: Db, actor: SessionUser, agreementIds: readonly string[], now: Date) {
  const ids = [...new Set(agreementIds)].filter(isUuid).sort();
  const ready: { agreement: Loaded; signatory: Signatory }[] = [];
  for (const id of ids) {
    const locked = await lockForSigning(tx, { actor }, id, now);
    if (locked.ok && locked.signatory.signer.party === 'school')
      ready.push({ agreement: locked.agreement, signatory: locked.signatory });
  }
  return ready;
}

/** One code for the head to sign several ready conventions at once. */
export async function requestBatchSignatureCode(
  actor: SessionUser,
  agreementIds: readonly string[],
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<{ sentTo: string; expiresAt: Date; count: number }>> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const ready = await lockBatch(tx, actor, agreementIds, now);
    if (!ready.length)
      return refuse('VALIDATION', 'Cochez au moins une convention prête que vous signez pour le collège.');
    const sent = await sendCode(
      tx,
      ready.map((r) => ({ agreementId: r.agreement.id, signatory: r.signatory })),
      now,
    );
    return sent.ok ? { ok: true as const, data: { ...sent.data, count: ready.length } } : sent;
  });
}

/**
 * The head signs every chosen convention with one name and one code. Each is signed on the text
 * the head had in the list (its fingerprint); one whose text changed meanwhile, or that someone
 * cancelled, is left out and named; a wrong code signs none.
 */
export async function signAgreementBatch(
  actor: SessionUser,
  items: readonly { agreementId: string; fingerprint: string }[],
  input: Omit<SignatureInput, 'fingerprint'>,
  { now = new Date(), ip }: { now?: Date; ip: string },
  db?: Db,
): Promise<ActionResult<{ signed: string[]; skipped: { agreementId: string; reason: string }[] }>> {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const ready = await lockBatch(
      tx,
      actor,
      items.map((i) => i.agreementId),
      now,
    );
    if (!ready.length) return refuse('VALIDATION', 'Aucune des conventions cochées n’attend votre signature.');
    const badName = nameRefusal(ready[0]!.signatory, input.fullName);
    if (badName) return badName;
    const signed: string[] = [];
    const skipped: { agreementId: string; reason: string }[] = [];
    for (const item of items) {
      const entry = ready.find((r) => r.agreement.id === item.agreementId);
      if (!entry) skipped.push({ agreementId: item.agreementId, reason: 'Elle n’attend plus votre signature.' });
      else if (entry.agreement.fingerprint !== item.fingerprint)
        skipped.push({ agreementId: item.agreementId, reason: CHANGED });
    }
    const toSign = ready.filter((r) => !skipped.some((s) => s.agreementId === r.agreement.id));
    for (const { agreement, signatory } of toSign) {
      const code = await checkCode(tx, agreement.id, signatory, input.code, now);
      if (!code.ok) {
        // The same code was sent for the whole batch: wrong for one is wrong for all, and nothing is signed.
        if (!signed.length) return code;
        skipped.push({ agreementId: agreement.id, reason: code.message });
        continue;
      }
      await record(tx, agreement, signatory, input.fullName, { now, ip });
      signed.push(agreement.id);
    }
    return { ok: true as const, data: { signed, skipped } };
  });
}
