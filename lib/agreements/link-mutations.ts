import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { agreementLegalRepresentatives, agreementRepresentativeLinks, agreements } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/types';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { fail, type ActionResult } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { enqueueEmails } from '@/lib/notifications/mutations';
import { signatureEmails } from '@/lib/notifications/signature-templates';
import { agreementAbout } from './notify-mutations';
import { loadAgreement } from './queries';
import { schoolEditableAgreements } from './scope';
import { REPRESENTATIVE_LINK_DAYS } from './signature-rules';

/*
 * The legal representatives have no account: each reads and signs through a personal link e-mailed
 * to the address the school gave, valid 14 days, used once (by their signature). Re-sending voids
 * the old link; the database keeps one live link per representative (a unique partial index) and
 * only the token's SHA-256.
 */

export interface RepresentativeLinkRow {
  id: string;
  legalRepresentativeId: string;
  agreementId: string;
}

const LINK_REFUSALS = {
  unknown:
    'Ce lien de signature n’est pas valide. Vérifiez qu’il est complet, ou demandez au collège de vous en envoyer un nouveau.',
  voided: 'Ce lien a été remplacé par un lien plus récent : ouvrez le dernier courriel reçu du collège.',
  used: 'Vous avez déjà signé la convention avec ce lien : il ne sert plus à signer.',
  expired: 'Ce lien a expiré (il était valable 14 jours). Demandez au collège de vous en envoyer un nouveau.',
} as const;

/**
 * The link of a token, its convention locked for the transaction, or a refusal saying why (unknown,
 * replaced, expired, and for signing, already used). A used link still shows the convention and its
 * PDF to the representative who signed with it, until it expires.
 */
export async function openLink(
  tx: Db,
  token: string,
  now: Date,
  { toSign }: { toSign: boolean },
): Promise<ActionResult<RepresentativeLinkRow & { used: boolean }>> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return fail('NOT_FOUND', LINK_REFUSALS.unknown);
  const [link] = await tx
    .select({
      id: agreementRepresentativeLinks.id,
      legalRepresentativeId: agreementRepresentativeLinks.legalRepresentativeId,
      agreementId: agreementLegalRepresentatives.agreementId,
      expiresAt: agreementRepresentativeLinks.expiresAt,
      usedAt: agreementRepresentativeLinks.usedAt,
      voidedAt: agreementRepresentativeLinks.voidedAt,
    })
    .from(agreementRepresentativeLinks)
    .innerJoin(
      agreementLegalRepresentatives,
      eq(agreementLegalRepresentatives.id, agreementRepresentativeLinks.legalRepresentativeId),
    )
    .where(eq(agreementRepresentativeLinks.tokenHash, hashToken(token)));
  if (!link) return fail('NOT_FOUND', LINK_REFUSALS.unknown);
  if (link.voidedAt) return fail('NOT_FOUND', LINK_REFUSALS.voided);
  if (link.expiresAt <= now) return fail('NOT_FOUND', LINK_REFUSALS.expired);
  if (link.usedAt && toSign) return fail('ALREADY_DONE', LINK_REFUSALS.used);
  await tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.id, link.agreementId)).for('update');
  return {
    ok: true,
    data: {
      id: link.id,
      legalRepresentativeId: link.legalRepresentativeId,
      agreementId: link.agreementId,
      used: !!link.usedAt,
    },
  };
}

/** What a legal representative's link shows: the convention as it stands and who they are on it. */
export async function representativeView(token: string, { now = new Date() }: { now?: Date } = {}, db?: Db) {
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const link = await openLink(tx, token, now, { toSign: false });
    if (!link.ok) return link;
    const agreement = (await loadAgreement(tx, link.data.agreementId))!;
    const representative = agreement.legalRepresentatives.find((r) => r.id === link.data.legalRepresentativeId)!;
    const { parties: _parties, ...view } = agreement;
    return { ok: true as const, data: { agreement: view, representative } };
  });
}

/**
 * Issues a link to each legal representative who has to sign and has no live link, once the
 * convention is ready to sign: when it becomes complete, and after a change of text voided a
 * signature given through a (now used) link. Called in the transaction that changed the convention.
 * A representative whose address changed gets a new link: the old one is voided first.
 */
export async function issueRepresentativeLinks(
  tx: Db,
  agreementId: string,
  now: Date,
  { replace = [] }: { replace?: readonly string[] } = {},
): Promise<void> {
  if (replace.length) await voidLiveLinks(tx, replace, now);
  const agreement = (await loadAgreement(tx, agreementId))!;
  if (agreement.state !== 'ready_to_sign' && agreement.state !== 'signing') return;
  const waiting = agreement.missingSigners.flatMap((s) =>
    s.party === 'legal_representative' ? [s.legalRepresentativeId] : [],
  );
  if (!waiting.length) return;
  const live = await tx
    .select({
      repId: agreementRepresentativeLinks.legalRepresentativeId,
      expiresAt: agreementRepresentativeLinks.expiresAt,
    })
    .from(agreementRepresentativeLinks)
    .where(
      and(
        inArray(agreementRepresentativeLinks.legalRepresentativeId, waiting),
        isNull(agreementRepresentativeLinks.usedAt),
        isNull(agreementRepresentativeLinks.voidedAt),
      ),
    );
  const covered = new Set(live.filter((l) => l.expiresAt > now).map((l) => l.repId));
  await sendLinks(
    tx,
    agreementId,
    waiting.filter((id) => !covered.has(id)),
    now,
  );
}

async function voidLiveLinks(tx: Db, representativeIds: readonly string[], now: Date): Promise<void> {
  await tx
    .update(agreementRepresentativeLinks)
    .set({ voidedAt: now })
    .where(
      and(
        inArray(agreementRepresentativeLinks.legalRepresentativeId, [...representativeIds]),
        isNull(agreementRepresentativeLinks.usedAt),
        isNull(agreementRepresentativeLinks.voidedAt),
      ),
    );
}

/** New links for these representatives (any live one voided first), each e-mailed with its token. */
async function sendLinks(tx: Db, agreementId: string, representativeIds: readonly string[], now: Date) {
  if (!representativeIds.length) return;
  await voidLiveLinks(tx, representativeIds, now);
  const reps = await tx
    .select()
    .from(agreementLegalRepresentatives)
    .where(inArray(agreementLegalRepresentatives.id, [...representativeIds]));
  const about = (await agreementAbout(tx, agreementId)).email;
  const expiresAt = new Date(now.getTime() + REPRESENTATIVE_LINK_DAYS * 86_400_000);
  const messages = [];
  for (const rep of reps) {
    const { token, hash } = newToken();
    await tx
      .insert(agreementRepresentativeLinks)
      .values({ legalRepresentativeId: rep.id, tokenHash: hash, expiresAt, createdAt: now });
    messages.push({
      to: rep.email,
      email: signatureEmails.representativeLink({
        ...about,
        token,
        representativeName: rep.fullName,
        days: REPRESENTATIVE_LINK_DAYS,
      }),
    });
  }
  await enqueueEmails(tx, messages);
}

/**
 * The school sends a representative's link again (lost, expired): a new link, the old one voided.
 * Only to a representative who still has to sign a convention ready to sign.
 */
export async function resendRepresentativeLink(
  actor: SessionUser,
  agreementId: string,
  representativeId: string,
  { now = new Date() }: { now?: Date } = {},
  db?: Db,
): Promise<ActionResult<{ email: string }>> {
  const scope = schoolEditableAgreements(actor);
  if (!scope || !isUuid(agreementId) || !isUuid(representativeId))
    return fail('NOT_FOUND', 'Convention introuvable, ou elle ne vous concerne pas.');
  db ??= await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(and(eq(agreements.id, agreementId), scope))
      .for('update');
    if (!row) return fail('NOT_FOUND', 'Convention introuvable, ou elle ne vous concerne pas.');
    const agreement = (await loadAgreement(tx, agreementId))!;
    const rep = agreement.legalRepresentatives.find((r) => r.id === representativeId);
    if (!rep) return fail('NOT_FOUND', 'Ce représentant légal ne figure pas sur la convention.');
    if (agreement.state !== 'ready_to_sign' && agreement.state !== 'signing')
      return fail('TRANSITION_NOT_ALLOWED', 'La convention n’est pas prête à signer : aucun lien n’est envoyé.');
    if (!agreement.missingSigners.some((s) => s.party === 'legal_representative' && s.legalRepresentativeId === rep.id))
      return fail('ALREADY_DONE', `${rep.fullName} a déjà signé cette convention.`);
    await sendLinks(tx, agreementId, [rep.id], now);
    return { ok: true as const, data: { email: rep.email } };
  });
}
